package io.licensor.analytics;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Net present value, royalty-terms.md rule 10: the net upfront fee and net advance at t = 0, each period's net at
 * t = m / 12 + r / 365 years after the start. Only the discount factor (1 + d)^t is a double; each cash amount is
 * divided by it exactly to 34 significant digits and the sum is rounded once.
 */
public final class Npv {
    private Npv() {}

    /**
     * Years from {@code start} to the day after {@code periodEnd} (end-of-period cash): whole months / 12 plus the
     * remaining days / 365 (365 even in leap years).
     */
    public static double yearFraction(LocalDate start, LocalDate periodEnd) {
        LocalDate e = periodEnd.plusDays(1);
        long m = ChronoUnit.MONTHS.between(start, e);
        long r = ChronoUnit.DAYS.between(start.plusMonths(m), e);
        return m / 12.0 + r / 365.0;
    }

    /** Refuses a rate the formula cannot use: it must be greater than -1 (-100 %). */
    public static void checkRate(BigDecimal discountRate) {
        if (discountRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("the discount rate must be greater than -1 (-100 %), got "
                    + discountRate.toPlainString());
        }
    }

    /** cash / (1 + d)^t, exact to 34 significant digits. */
    public static BigDecimal discount(BigDecimal cash, double onePlusRate, double years) {
        if (cash.signum() == 0 || years == 0) {
            return cash;
        }
        return cash.divide(new BigDecimal(Math.pow(onePlusRate, years)), MathContext.DECIMAL128);
    }

    static BigDecimal of(RoyaltyTerms terms, RoyaltyTotals totals, List<RoyaltyLine> lines, BigDecimal rate) {
        checkRate(rate);
        double onePlus = 1.0 + rate.doubleValue();
        BigDecimal sum = totals.upfrontFee().subtract(totals.upfrontWithholding())
                .add(totals.advance().subtract(totals.advanceWithholding()));
        LocalDate start = terms.startDate();
        for (RoyaltyLine line : lines) {
            sum = sum.add(discount(line.net(), onePlus, yearFraction(start, line.periodEnd())));
        }
        return sum.setScale(Money.minorUnits(terms.currency()), RoundingMode.HALF_EVEN);
    }
}
