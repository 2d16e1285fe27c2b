package io.licensor.ui.licenses.terms;

import io.licensor.model.RoyaltyBasis;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.util.Currency;
import java.util.List;

/**
 * The terms editor's fields as typed. Plain values: two drafts are equal exactly when the editor shows the same thing,
 * which is how "unsaved changes" is decided. Money fields left blank mean 0 (the annual cap: no cap).
 */
public record TermsDraft(
        Currency currency,
        RoyaltyBasis basis,
        List<TierDraft> tiers,
        TierMode tierMode,
        TierReset tierReset,
        String upfrontFee,
        String advance,
        String minimumAnnual,
        String annualCap,
        String withholding) {

    /** One tier as typed: the threshold and the rate (a percentage for NET_SALES, money per unit for UNITS). */
    public record TierDraft(String from, String rate) {}

    public TermsDraft {
        tiers = List.copyOf(tiers);
    }
}
