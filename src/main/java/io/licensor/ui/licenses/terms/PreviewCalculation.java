package io.licensor.ui.licenses.terms;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.RoyaltyTotals;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.Money;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What a set of terms would pay over one contract year, computed by the royalty engine only (no second formula): the
 * engine runs one period covering the first contract year for each sales figure. Gives the curve for the preview
 * chart (royalty payable against the licensee's sales, from 0 to a round figure above the highest threshold and the
 * chosen sales) and the figures for one chosen amount of sales.
 */
public final class PreviewCalculation {
    /** Points of the curve between 0 and the upper end, besides the points around each threshold. */
    static final int STEPS = 120;
    private static final BigDecimal DEFAULT_UPPER = new BigDecimal(100_000);

    private final RoyaltyEngine engine;
    private final RoyaltyTerms terms;
    private final SalesPeriodFactory period;

    /** A point of the curve: sales (or units) and the royalty for them. */
    public record Point(BigDecimal sales, BigDecimal royalty) {}

    /**
     * The engine's figures for one contract year of {@code sales}.
     *
     * @param sales     net sales (units for UNITS terms) in the year
     * @param earned    royalties earned before the cap and minimum (rule 4)
     * @param capped    after the annual cap (rule 5)
     * @param minimumTopUp the minimum annual royalty's top-up (rule 6)
     * @param recouped  advance recouped from it (rule 7)
     * @param payable   what the licensee pays for the year: the engine's totalPayable
     * @param withholding withheld at source on the payable
     */
    public record YearFigures(BigDecimal sales, BigDecimal earned, BigDecimal capped, BigDecimal minimumTopUp,
            BigDecimal recouped, BigDecimal payable, BigDecimal withholding) {}

    /** The terms must be valid ({@link RoyaltyTerms#problems()} empty). */
    public PreviewCalculation(RoyaltyTerms terms) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.engine = RoyaltyEngine.of(terms);
        this.period = new SalesPeriodFactory(terms.startDate());
    }

    public RoyaltyTerms terms() {
        return terms;
    }

    /** The engine's figures for {@code sales} (>= 0) over the first contract year. */
    public YearFigures year(BigDecimal sales) {
        RoyaltySchedule schedule = engine.run(List.of(period.of(sales)));
        RoyaltyTotals t = schedule.totals();
        var line = schedule.lines().get(0);
        return new YearFigures(sales, line.earnedBeforeCap(), line.earned(), line.minimumTopUp(),
                line.advanceRecouped(), t.totalPayable(), line.withholding());
    }

    /** The payable for {@code sales}: the figure the chart plots. */
    public BigDecimal payable(BigDecimal sales) {
        return year(sales).payable();
    }

    /** The royalty due before the advance is recouped (capped earnings plus the minimum top-up). */
    public BigDecimal due(BigDecimal sales) {
        YearFigures y = year(sales);
        return y.capped().add(y.minimumTopUp());
    }

    /** Thresholds above 0, where the rate changes. */
    public List<Tier> thresholds() {
        return terms.tiers().stream().filter(t -> t.from().signum() > 0).toList();
    }

    /**
     * Where the chart ends: a round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) at or above 1.5
     * times the highest threshold and 1.25 times the chosen sales; 100,000 when both are 0.
     */
    public BigDecimal upperEnd(BigDecimal chosenSales) {
        BigDecimal highest = terms.tiers().stream().map(Tier::from).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        BigDecimal wanted = highest.multiply(new BigDecimal("1.5"));
        if (chosenSales != null) {
            wanted = wanted.max(chosenSales.multiply(new BigDecimal("1.25")));
        }
        return wanted.signum() <= 0 ? DEFAULT_UPPER : roundUp(wanted);
    }

    static BigDecimal roundUp(BigDecimal value) {
        BigDecimal power = BigDecimal.ONE.movePointRight(value.precision() - value.scale() - 1);
        for (String step : new String[] {"1", "1.5", "2", "2.5", "3", "4", "5", "6", "8", "10"}) {
            BigDecimal candidate = power.multiply(new BigDecimal(step));
            if (candidate.compareTo(value) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    /**
     * The curve of {@code royalty} (payable, or due before recoupment) from 0 to {@code upper}: evenly spaced points
     * plus, at each threshold, the value just below and at it, so a whole-volume jump shows as a step.
     */
    public List<Point> curve(BigDecimal upper, boolean beforeRecoupment) {
        // a sorted set compares by value, so a grid point that falls on a threshold is not drawn twice
        TreeSet<BigDecimal> xs = new TreeSet<>();
        for (int i = 0; i <= STEPS; i++) {
            xs.add(upper.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(STEPS), MathContext.DECIMAL64));
        }
        BigDecimal epsilon = terms.basis() == RoyaltyBasis.UNITS ? new BigDecimal("0.000001")
                : BigDecimal.ONE.movePointLeft(Money.minorUnits(terms.currency()));
        List<Point> points = new ArrayList<>();
        for (Tier t : thresholds()) {
            if (t.from().compareTo(upper) <= 0) {
                BigDecimal below = t.from().subtract(epsilon).max(BigDecimal.ZERO);
                points.add(new Point(t.from(), value(below, beforeRecoupment)));
                xs.add(t.from());
            }
        }
        for (BigDecimal x : xs) {
            points.add(new Point(x, value(x, beforeRecoupment)));
        }
        // the point just below a threshold is plotted at the threshold itself, before the value at it: a vertical step
        points.sort(Comparator.comparing(Point::sales));
        return points;
    }

    private BigDecimal value(BigDecimal sales, boolean beforeRecoupment) {
        return beforeRecoupment ? due(sales) : payable(sales);
    }

    /** One period covering the first contract year of the terms. */
    private record SalesPeriodFactory(LocalDate start) {
        SalesPeriod of(BigDecimal base) {
            return new SalesPeriod(start, start.plusYears(1).minusDays(1), base);
        }
    }
}
