package io.licensor.service;

/**
 * What the reconciliation says about one receipt (docs/decisions/0065-reconciliation-per-receipt.md): whether the
 * licensee paid what its own report implies, or why that cannot be said.
 */
public enum ReceiptCheck {
    /** A reported royalty period paid short by more than one whole currency unit. */
    SHORT,
    /** A reported royalty period paid within one whole currency unit of what was due. */
    PAID,
    /** A reported royalty period paid more than one whole currency unit above what was due. */
    OVERPAID,
    /** A royalty payment without reported sales (or units): nothing to check it against. */
    NO_REPORT,
    /** A minimum top-up payment, credited to the reported period it settles. */
    TOP_UP,
    /** A minimum top-up payment with no reported period on or before its period end to credit it to. */
    TOP_UP_UNMATCHED,
    /** An upfront fee, advance or other payment: not part of the royalty check. */
    NOT_ROYALTY,
    /** Its period ends after the as-of date: not counted yet. */
    NOT_DUE_YET,
    /** The license's terms cannot be computed (they break a rule), so nothing can be checked. */
    TERMS_INVALID;

    /** True for the checks of a reported royalty period (SHORT, PAID, OVERPAID). */
    public boolean isChecked() {
        return this == SHORT || this == PAID || this == OVERPAID;
    }
}
