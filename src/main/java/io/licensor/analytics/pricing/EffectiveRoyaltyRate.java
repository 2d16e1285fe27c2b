package io.licensor.analytics.pricing;

import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.RoyaltySchedule;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * The effective royalty rate: royalties earned / the sales they were earned on. Tiers, caps and minimums make it
 * differ from any rate written in the contract; it is the one number to compare deals of different shapes.
 */
public final class EffectiveRoyaltyRate {
    private EffectiveRoyaltyRate() {}

    /** earned / reportedSales to 16 significant digits; null when there were no sales. */
    public static BigDecimal of(BigDecimal earned, BigDecimal reportedSales) {
        return reportedSales.signum() == 0 ? null : earned.divide(reportedSales, MathContext.DECIMAL64);
    }

    /**
     * A schedule's total earned (after the cap) plus minimum top-ups, over the sum of its bases: what the licensee
     * really paid per unit of sales. Null when the bases add up to 0.
     */
    public static BigDecimal of(RoyaltySchedule schedule) {
        BigDecimal sales = schedule.lines().stream().map(RoyaltyLine::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        return of(schedule.totals().totalEarned().add(schedule.totals().totalMinimumTopUp()), sales);
    }
}
