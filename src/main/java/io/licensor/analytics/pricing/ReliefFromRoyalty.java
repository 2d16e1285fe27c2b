package io.licensor.analytics.pricing;

import io.licensor.analytics.Npv;
import io.licensor.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Relief-from-royalty valuation: an asset is worth the royalties its owner is spared by owning rather than licensing
 * it, after tax, discounted to today. Year k (1..N) saves revenue_k x royaltyRate x (1 - taxRate), received at the
 * end of year k and discounted by (1 + d)^k. An optional terminal value continues the last year's saving forever,
 * growing at g (Gordon growth: saving_N x (1 + g) / (d - g), discounted like year N); it needs g &lt; d.
 */
public final class ReliefFromRoyalty {
    private ReliefFromRoyalty() {}

    /**
     * The inputs.
     *
     * @param currency       money of the revenues
     * @param revenues       projected revenue of years 1..N (N >= 1), each >= 0
     * @param royaltyRate    the rate a licensee would pay, 0..1
     * @param taxRate        the owner's tax rate on the saving, 0 <= t &lt; 1
     * @param discountRate   annual discount rate d > -1 (reflects the asset's risk)
     * @param terminalGrowth null for no terminal value; else g with g &lt; d
     */
    public record Input(Currency currency, List<BigDecimal> revenues, BigDecimal royaltyRate, BigDecimal taxRate,
            BigDecimal discountRate, BigDecimal terminalGrowth) {
        public Input {
            Objects.requireNonNull(currency, "currency");
            revenues = List.copyOf(revenues);
            Objects.requireNonNull(royaltyRate, "royaltyRate");
            Objects.requireNonNull(taxRate, "taxRate");
            Objects.requireNonNull(discountRate, "discountRate");
        }
    }

    /**
     * One year of the valuation, money rounded to minor units for display (the total adds the exact values).
     *
     * @param year           1..N
     * @param revenue        projected revenue
     * @param royaltySaved   revenue x royaltyRate
     * @param afterTax       royaltySaved x (1 - taxRate)
     * @param presentValue   afterTax / (1 + d)^year
     */
    public record Year(int year, BigDecimal revenue, BigDecimal royaltySaved, BigDecimal afterTax,
            BigDecimal presentValue) {
    }

    /**
     * The valuation.
     *
     * @param years              year by year
     * @param terminalValue      the Gordon terminal value at the end of year N (0 without terminal growth)
     * @param terminalPresentValue terminalValue discounted to today
     * @param value              the asset's value: sum of all present values, rounded once
     */
    public record Result(List<Year> years, BigDecimal terminalValue, BigDecimal terminalPresentValue,
            BigDecimal value) {
        public Result {
            years = List.copyOf(years);
        }
    }

    /** Projected revenues: first year's, then growing by {@code growth} each year, for {@code years} years. */
    public static List<BigDecimal> projected(BigDecimal firstYear, BigDecimal growth, int years) {
        List<BigDecimal> out = new ArrayList<>(years);
        BigDecimal r = firstYear;
        for (int k = 0; k < years; k++) {
            out.add(r);
            r = r.multiply(BigDecimal.ONE.add(growth)).setScale(20, RoundingMode.HALF_EVEN);
        }
        return out;
    }

    /**
     * Values the asset.
     *
     * @throws IllegalArgumentException for inputs the formula cannot use (named in the message)
     */
    public static Result value(Input in) {
        check(in);
        int minor = Money.minorUnits(in.currency());
        double onePlus = 1.0 + in.discountRate().doubleValue();
        BigDecimal keep = BigDecimal.ONE.subtract(in.taxRate());
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal lastAfterTax = BigDecimal.ZERO;
        List<Year> years = new ArrayList<>(in.revenues().size());
        for (int k = 1; k <= in.revenues().size(); k++) {
            BigDecimal revenue = in.revenues().get(k - 1);
            BigDecimal saved = revenue.multiply(in.royaltyRate());
            BigDecimal afterTax = saved.multiply(keep);
            BigDecimal pv = Npv.discount(afterTax, onePlus, k);
            total = total.add(pv);
            lastAfterTax = afterTax;
            years.add(new Year(k, round(revenue, minor), round(saved, minor), round(afterTax, minor), round(pv, minor)));
        }
        BigDecimal terminal = BigDecimal.ZERO;
        BigDecimal terminalPv = BigDecimal.ZERO;
        if (in.terminalGrowth() != null) {
            terminal = lastAfterTax.multiply(BigDecimal.ONE.add(in.terminalGrowth()))
                    .divide(in.discountRate().subtract(in.terminalGrowth()), MathContext.DECIMAL128);
            terminalPv = Npv.discount(terminal, onePlus, in.revenues().size());
            total = total.add(terminalPv);
        }
        return new Result(years, round(terminal, minor), round(terminalPv, minor), round(total, minor));
    }

    private static void check(Input in) {
        if (in.revenues().isEmpty()) {
            throw new IllegalArgumentException("give at least one year of projected revenue");
        }
        if (in.revenues().stream().anyMatch(r -> r.signum() < 0)) {
            throw new IllegalArgumentException("projected revenue cannot be negative");
        }
        if (in.royaltyRate().signum() < 0 || in.royaltyRate().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the royalty rate must be between 0 and 1 (100 %)");
        }
        if (in.taxRate().signum() < 0 || in.taxRate().compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the tax rate must be at least 0 and less than 1 (100 %)");
        }
        Npv.checkRate(in.discountRate());
        if (in.terminalGrowth() != null && in.terminalGrowth().compareTo(in.discountRate()) >= 0) {
            throw new IllegalArgumentException("terminal growth (" + in.terminalGrowth().toPlainString() + ") must be"
                    + " below the discount rate (" + in.discountRate().toPlainString() + "): otherwise the value"
                    + " would be infinite");
        }
    }

    private static BigDecimal round(BigDecimal x, int minor) {
        return x.setScale(minor, RoundingMode.HALF_EVEN);
    }
}
