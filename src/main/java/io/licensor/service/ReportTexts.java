package io.licensor.service;

import io.licensor.analytics.metrics.RiskCode;
import io.licensor.model.ReceiptKind;
import java.time.LocalDate;

/** The words the reports use for flags, receipt kinds, checks and quarters. */
final class ReportTexts {
    private ReportTexts() {}

    static String flagTitle(RiskCode code) {
        return switch (code) {
            case AI_PROVENANCE_MISSING -> "AI provenance missing";
            case COPYLEFT_COMPONENT -> "Strong-copyleft component";
            case CROSS_BORDER_WITHHOLDING -> "Cross-border payments without withholding";
            case ENFORCEMENT_EXCEEDS_INCOME -> "Enforcement costs more than it earns";
            case EXPIRING_WITHOUT_RENEWAL -> "Expiring without renewal";
            case STATEMENT_OVERDUE -> "Royalty statement overdue";
            case UNCLEAR_OWNERSHIP -> "Unclear ownership";
            case UNDERPAYMENT -> "Under-payment";
        };
    }

    static String kind(ReceiptKind kind) {
        return switch (kind) {
            case ROYALTY -> "Royalty";
            case MINIMUM_TOP_UP -> "Minimum top-up";
            case UPFRONT -> "Upfront fee";
            case ADVANCE -> "Advance";
            case OTHER -> "Other";
        };
    }

    /** The reconciliation's verdict in a word or two; a top-up names the period it settles. */
    static String check(ReconciledReceipt r) {
        return switch (r.check()) {
            case SHORT -> "Short";
            case PAID -> "Paid";
            case OVERPAID -> "Overpaid";
            case NO_REPORT -> "No report";
            case TOP_UP -> "For " + r.creditedTo();
            case TOP_UP_UNMATCHED -> "Unmatched";
            case NOT_ROYALTY -> "";
            case NOT_DUE_YET -> "Not due yet";
            case TERMS_INVALID -> "Terms invalid";
        };
    }

    /** The calendar quarter a quarter's last day is in: {@code 2025 Q3}. */
    static String quarter(LocalDate lastDay) {
        return lastDay.getYear() + " Q" + ((lastDay.getMonthValue() - 1) / 3 + 1);
    }
}
