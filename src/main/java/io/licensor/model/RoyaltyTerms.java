package io.licensor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The money side of a license, as shared/spec/royalty-terms.md defines it. All money is in {@link #currency()}.
 * {@code annualCap} is null when there is no cap; every other field is present (zero when unused).
 * Construction checks only presence; {@link #problems()} lists every rule the terms break, so the editor,
 * the portfolio file and the command line refuse the same things with the same words.
 */
public record RoyaltyTerms(
        Currency currency,
        LocalDate startDate,
        Money upfrontFee,
        Money advance,
        RoyaltyBasis basis,
        List<Tier> tiers,
        TierMode tierMode,
        TierReset tierReset,
        Money minimumAnnual,
        Money annualCap,
        Rate withholdingRate) {

    public RoyaltyTerms {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(upfrontFee, "upfrontFee");
        Objects.requireNonNull(advance, "advance");
        Objects.requireNonNull(basis, "basis");
        tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
        Objects.requireNonNull(tierMode, "tierMode");
        Objects.requireNonNull(tierReset, "tierReset");
        Objects.requireNonNull(minimumAnnual, "minimumAnnual");
        Objects.requireNonNull(withholdingRate, "withholdingRate");
    }

    /** Flat-rate NET_SALES terms with every other field at its default. */
    public static RoyaltyTerms flat(String currencyCode, LocalDate start, String rate) {
        Currency c = Currency.getInstance(currencyCode);
        return new RoyaltyTerms(c, start, Money.zero(c), Money.zero(c), RoyaltyBasis.NET_SALES,
                List.of(Tier.of("0", rate)), TierMode.MARGINAL, TierReset.NEVER, Money.zero(c), null, Rate.ZERO);
    }

    public boolean hasCap() {
        return annualCap != null;
    }

    public boolean hasMinimum() {
        return minimumAnnual.isPositive();
    }

    public RoyaltyTerms withStartDate(LocalDate newStart) {
        return new RoyaltyTerms(currency, newStart, upfrontFee, advance, basis, tiers, tierMode, tierReset,
                minimumAnnual, annualCap, withholdingRate);
    }

    public RoyaltyTerms withTiers(List<Tier> newTiers) {
        return new RoyaltyTerms(currency, startDate, upfrontFee, advance, basis, newTiers, tierMode, tierReset,
                minimumAnnual, annualCap, withholdingRate);
    }

    public RoyaltyTerms withWithholdingRate(Rate newRate) {
        return new RoyaltyTerms(currency, startDate, upfrontFee, advance, basis, tiers, tierMode, tierReset,
                minimumAnnual, annualCap, newRate);
    }

    /** Every rule of royalty-terms.md these terms break, each naming its field; empty when valid. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        checkMoney(out, "upfrontFee", upfrontFee);
        checkMoney(out, "advance", advance);
        checkMoney(out, "minimumAnnual", minimumAnnual);
        if (annualCap != null) {
            checkMoney(out, "annualCap", annualCap);
        }
        checkTiers(out);
        if (annualCap != null && minimumAnnual.amount().compareTo(annualCap.amount()) > 0) {
            out.add(new Problem("minimumAnnual", "the minimum annual royalty (" + minimumAnnual.amount().toPlainString()
                    + ") is larger than the annual cap (" + annualCap.amount().toPlainString() + ")"));
        }
        BigDecimal w = withholdingRate.value();
        if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) >= 0) {
            out.add(new Problem("withholdingRate", "must be at least 0 and less than 1 (100 %), got " + w.toPlainString()));
        }
        return out;
    }

    private void checkMoney(List<Problem> out, String field, Money m) {
        if (!m.currency().equals(currency)) {
            out.add(new Problem(field, "is in " + m.currency() + " but the terms are in " + currency));
        }
        if (m.isNegative()) {
            out.add(new Problem(field, "cannot be negative, got " + m.amount().toPlainString()));
        }
        if (!m.fitsMinorUnits()) {
            out.add(new Problem(field, "has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + Money.minorUnits(currency) + "), got " + m.amount().toPlainString()));
        }
    }

    private void checkTiers(List<Problem> out) {
        if (tiers.isEmpty()) {
            out.add(new Problem("tiers", "needs at least one tier (a flat royalty is one tier from 0)"));
            return;
        }
        if (tiers.get(0).from().signum() != 0) {
            out.add(new Problem("tiers[0].from", "the first tier must start at 0, got " + tiers.get(0).from().toPlainString()));
        }
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            if (i > 0 && t.from().compareTo(tiers.get(i - 1).from()) <= 0) {
                out.add(new Problem("tiers[" + i + "].from", "thresholds must ascend: " + t.from().toPlainString()
                        + " is not above " + tiers.get(i - 1).from().toPlainString()));
            }
            if (t.rate().signum() < 0) {
                out.add(new Problem("tiers[" + i + "].rate", "cannot be negative, got " + t.rate().toPlainString()));
            } else if (basis == RoyaltyBasis.NET_SALES && t.rate().compareTo(BigDecimal.ONE) > 0) {
                out.add(new Problem("tiers[" + i + "].rate", "a share of net sales cannot exceed 1 (100 %), got "
                        + t.rate().toPlainString()));
            }
            if (tierMode == TierMode.WHOLE_VOLUME && i > 0 && t.rate().compareTo(tiers.get(i - 1).rate()) < 0) {
                out.add(new Problem("tiers[" + i + "].rate", "whole-volume rates may not fall from one tier to the next ("
                        + t.rate().toPlainString() + " after " + tiers.get(i - 1).rate().toPlainString()
                        + "): use MARGINAL tiers for falling rates"));
            }
        }
    }
}
