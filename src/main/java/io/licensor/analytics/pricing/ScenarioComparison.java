package io.licensor.analytics.pricing;

import io.licensor.analytics.ContractYears;
import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The scenario studio's one call: several deal structures side by side over the same revenue. For each structure,
 * its first-year income at every base point (the curve to draw), a year-by-year run of the real engine on the
 * projected revenue (income, net of withholding, cumulative), totals and NPV; and, for every pair of structures,
 * the exact bases where one overtakes the other. Cheap enough to call on every slider movement.
 */
public final class ScenarioComparison {
    private ScenarioComparison() {}

    /**
     * One contract year of the projection.
     *
     * @param year             1 for the first contract year
     * @param yearEnd          its last day
     * @param base             the projected base (rounded to the currency's minor units)
     * @param income           what the licensor receives for the year before withholding (year 1 includes the
     *                         upfront fee and the advance)
     * @param net              income less withholding
     * @param cumulativeIncome income of years 1 to this one
     * @param cumulativeNet    net of years 1 to this one
     */
    public record YearRow(int year, LocalDate yearEnd, BigDecimal base, BigDecimal income, BigDecimal net,
            BigDecimal cumulativeIncome, BigDecimal cumulativeNet) {
    }

    /**
     * One structure's results.
     *
     * @param terms       the terms as computed (with the scenario's withholding, when it overrides)
     * @param curve       first-year income at each of the requested base points, in their order
     * @param years       the projection, year by year
     * @param totalIncome income over all years
     * @param totalNet    net over all years
     * @param npv         NPV of the net cash at the scenario's discount rate
     * @param totalRoyalty royalties earned over all years (after the cap, with minimum top-ups; without the upfront
     *                     fee, and the advance counts only as far as royalties recouped it)
     * @param effectiveRate totalRoyalty / the projected bases ({@link EffectiveRoyaltyRate}); null when they are 0
     */
    public record StructureResult(RoyaltyTerms terms, List<BigDecimal> curve, List<YearRow> years,
            BigDecimal totalIncome, BigDecimal totalNet, BigDecimal npv, BigDecimal totalRoyalty,
            BigDecimal effectiveRate) {
        public StructureResult {
            curve = List.copyOf(curve);
            years = List.copyOf(years);
        }
    }

    /**
     * Where structure {@code first} and structure {@code second} (indices into the input) cross on the first-year
     * curve.
     */
    public record BreakEven(int first, int second, TierComparison comparison) {
    }

    /**
     * The whole comparison.
     *
     * @param structures one result per input structure, in input order
     * @param breakEvens one per pair (i, j) with i &lt; j
     */
    public record Result(List<StructureResult> structures, List<BreakEven> breakEvens) {
        public Result {
            structures = List.copyOf(structures);
            breakEvens = List.copyOf(breakEvens);
        }
    }

    /**
     * Compares structures over the same revenue.
     *
     * @param structures deal structures, all in one currency and on one basis
     * @param basePoints bases at which to evaluate the first-year curves (e.g. 200 points of a chart's x axis)
     * @param scenario   the revenue projection for the yearly run
     * @throws IllegalArgumentException when the terms are invalid or not comparable
     */
    public static Result compare(List<RoyaltyTerms> structures, List<BigDecimal> basePoints, RevenueScenario scenario) {
        List<StructureResult> results = new ArrayList<>(structures.size());
        List<IncomeCurve> curves = new ArrayList<>(structures.size());
        for (RoyaltyTerms given : structures) {
            RoyaltyTerms terms = scenario.withholdingOverride() == null ? given
                    : given.withWithholdingRate(scenario.withholdingOverride());
            IncomeCurve curve = IncomeCurve.of(terms);
            curves.add(curve);
            List<BigDecimal> points = new ArrayList<>(basePoints.size());
            for (BigDecimal base : basePoints) {
                points.add(curve.at(base));
            }
            results.add(project(terms, points, scenario));
        }
        List<BreakEven> breakEvens = new ArrayList<>();
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                breakEvens.add(new BreakEven(i, j, TierComparison.of(curves.get(i), curves.get(j))));
            }
        }
        return new Result(results, breakEvens);
    }

    /** The projected bases: year k's is firstYearBase * (1 + growth)^(k-1), rounded half-even to minor units. */
    public static List<SalesPeriod> projection(RoyaltyTerms terms, RevenueScenario scenario) {
        int minor = Money.minorUnits(terms.currency());
        BigDecimal growth = BigDecimal.ONE.add(scenario.annualGrowth());
        BigDecimal base = scenario.firstYearBase();
        List<SalesPeriod> periods = new ArrayList<>(scenario.years());
        for (int k = 0; k < scenario.years(); k++) {
            periods.add(new SalesPeriod(null, ContractYears.lastDay(terms.startDate(), k),
                    base.setScale(minor, RoundingMode.HALF_EVEN)));
            // Keep the compounding exact but bounded: 20 decimals are far below a minor unit.
            base = base.multiply(growth).setScale(20, RoundingMode.HALF_EVEN);
        }
        return periods;
    }

    private static StructureResult project(RoyaltyTerms terms, List<BigDecimal> curve, RevenueScenario scenario) {
        RoyaltySchedule schedule = RoyaltyEngine.of(terms).run(projection(terms, scenario), scenario.discountRate());
        BigDecimal startIncome = schedule.totals().upfrontFee().add(schedule.totals().advance());
        BigDecimal startNet = startIncome.subtract(schedule.totals().upfrontWithholding())
                .subtract(schedule.totals().advanceWithholding());
        List<YearRow> rows = new ArrayList<>(schedule.lines().size());
        BigDecimal cumulativeIncome = BigDecimal.ZERO;
        BigDecimal cumulativeNet = BigDecimal.ZERO;
        for (RoyaltyLine line : schedule.lines()) {
            boolean first = line.index() == 0;
            BigDecimal income = first ? line.payable().add(startIncome) : line.payable();
            BigDecimal net = first ? line.net().add(startNet) : line.net();
            cumulativeIncome = cumulativeIncome.add(income);
            cumulativeNet = cumulativeNet.add(net);
            rows.add(new YearRow(line.index() + 1, line.periodEnd(), line.base(), income, net, cumulativeIncome,
                    cumulativeNet));
        }
        return new StructureResult(terms, curve, rows, schedule.totals().totalIncome(), schedule.totals().totalNet(),
                schedule.npv(), schedule.totals().totalEarned().add(schedule.totals().totalMinimumTopUp()),
                EffectiveRoyaltyRate.of(schedule));
    }
}
