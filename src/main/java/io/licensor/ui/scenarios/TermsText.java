package io.licensor.ui.scenarios;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Royalty terms in one line of plain words, for the apply confirmation and the totals table's tooltips. */
final class TermsText {
    private TermsText() {}

    /** "5 % to 100,000, 12 % to 500,000, 18 % above (marginal); upfront fee 5,000.00 USD; no cap" and so on. */
    static String describe(RoyaltyTerms t, Locale locale) {
        List<String> parts = new ArrayList<>();
        parts.add(tiers(t, locale));
        if (t.upfrontFee().isPositive()) {
            parts.add("upfront fee " + Formats.money(t.upfrontFee(), locale));
        }
        if (t.advance().isPositive()) {
            parts.add("advance " + Formats.money(t.advance(), locale));
        }
        if (t.minimumAnnual().isPositive()) {
            parts.add("minimum " + Formats.money(t.minimumAnnual(), locale) + " a year");
        }
        if (t.hasCap()) {
            parts.add("cap " + Formats.money(t.annualCap(), locale) + " a year");
        }
        if (t.withholdingRate().value().signum() > 0) {
            parts.add("withholding " + Formats.percent(t.withholdingRate().value()));
        }
        return String.join("; ", parts);
    }

    private static String tiers(RoyaltyTerms t, Locale locale) {
        List<Tier> tiers = t.tiers();
        if (tiers.size() == 1) {
            return "flat " + rate(t, tiers.get(0), locale);
        }
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String r = rate(t, tiers.get(i), locale);
            steps.add(i + 1 < tiers.size()
                    ? r + " to " + StudioFigures.number(tiers.get(i + 1).from(), locale)
                    : r + " above");
        }
        String mode = t.tierMode() == TierMode.MARGINAL ? "marginal" : "whole volume";
        if (t.tierReset() == TierReset.CONTRACT_YEAR) {
            mode += ", restarting each contract year";
        }
        return String.join(", ", steps) + " (" + mode + ")";
    }

    private static String rate(RoyaltyTerms t, Tier tier, Locale locale) {
        return t.basis() == RoyaltyBasis.UNITS
                ? Formats.money(Money.of(tier.rate(), t.currency()), locale) + " a unit"
                : Formats.percent(tier.rate());
    }
}
