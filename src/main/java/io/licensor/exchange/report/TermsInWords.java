package io.licensor.exchange.report;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.util.ArrayList;
import java.util.List;

/**
 * A license's royalty terms (royalty-terms.md) as sentences a licensee can check against the contract: the tiers as
 * percentages (or money per unit), how the tiers apply, when the count restarts, the minimum, cap, advance, upfront
 * fee and withholding.
 */
public final class TermsInWords {
    private TermsInWords() {}

    /** One sentence per aspect of the terms, in a fixed order. */
    public static List<String> of(RoyaltyTerms terms) {
        List<String> out = new ArrayList<>();
        out.add(tiers(terms));
        out.add(mode(terms));
        out.add(reset(terms));
        out.add(terms.hasMinimum() ? "Minimum annual royalty: " + ReportFormats.money(terms.minimumAnnual())
                + " per contract year."
                : "Minimum annual royalty: none.");
        out.add(terms.hasCap() ? "Annual cap: royalties earned are capped at " + ReportFormats.money(terms.annualCap())
                + " per contract year." : "Annual cap: none.");
        out.add(set(terms.advance()) ? "Advance: " + ReportFormats.money(terms.advance()) + " paid on "
                + terms.startDate() + ", recouped from the royalties due before anything more is paid."
                : "Advance: none.");
        out.add(set(terms.upfrontFee()) ? "Upfront fee: " + ReportFormats.money(terms.upfrontFee()) + " paid on "
                + terms.startDate() + ", not recoupable." : "Upfront fee: none.");
        out.add(terms.withholdingRate().isZero() ? "Withholding tax: none planned."
                : "Withholding tax: the licensee withholds " + ReportFormats.percent(terms.withholdingRate().value())
                        + " at source on every payment.");
        return out;
    }

    private static boolean set(Money money) {
        return money != null && money.isPositive();
    }

    private static String tiers(RoyaltyTerms terms) {
        boolean units = terms.basis() == RoyaltyBasis.UNITS;
        List<Tier> tiers = terms.tiers();
        String base = units ? "units sold" : "net sales";
        if (tiers.size() == 1) {
            return "Royalty: " + rate(terms, tiers.get(0)) + " of " + base + " (a flat rate), in "
                    + terms.currency().getCurrencyCode() + ".";
        }
        List<String> bands = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            String from = bound(terms, tiers.get(i));
            String band = i + 1 < tiers.size()
                    ? (i == 0 ? "up to " : "from " + from + " to ") + bound(terms, tiers.get(i + 1))
                    : "from " + from;
            bands.add(rate(terms, tiers.get(i)) + " " + band);
        }
        return "Royalty on " + base + " in " + terms.currency().getCurrencyCode() + ", in " + tiers.size()
                + " tiers: " + String.join("; ", bands) + ".";
    }

    private static String rate(RoyaltyTerms terms, Tier tier) {
        return terms.basis() == RoyaltyBasis.UNITS
                ? ReportFormats.money(tier.rate(), terms.currency()) + " per unit"
                : ReportFormats.percent(tier.rate());
    }

    private static String bound(RoyaltyTerms terms, Tier tier) {
        return terms.basis() == RoyaltyBasis.UNITS ? ReportFormats.quantity(tier.from()) + " units"
                : ReportFormats.amount(tier.from(), terms.currency());
    }

    private static String mode(RoyaltyTerms terms) {
        if (terms.tiers().size() == 1) {
            return "Tiers: one rate for every sale.";
        }
        return terms.tierMode() == TierMode.MARGINAL
                ? "Tiers are marginal: each band of the count is charged at its own rate."
                : "Tiers are whole-volume: once the count reaches a tier, its rate applies to the whole count.";
    }

    private static String reset(RoyaltyTerms terms) {
        return terms.tierReset() == TierReset.CONTRACT_YEAR
                ? "The count restarts every contract year (years run from " + terms.startDate() + ")."
                : "The count is cumulative over the whole license from " + terms.startDate() + " (never reset).";
    }
}
