package io.licensor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the engine over generated terms and sales. */
class RoyaltyEngineProperties {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    /**
     * More sales never earn less when no yearly limit meets tiers counted over the whole license: either there is no
     * cap and no minimum, or the tiers restart each contract year (then any cap or minimum). Any tiers, advance,
     * withholding.
     */
    @Property
    void moreSalesNeverEarnLess(@ForAll("anyTerms") RoyaltyTerms generated, @ForAll("sales") List<SalesPeriod> sales,
            @ForAll @IntRange(min = 0, max = 11) int which, @ForAll("amounts") BigDecimal extra) {
        RoyaltyTerms terms = generated.tierReset() == TierReset.CONTRACT_YEAR ? generated : withoutYearlyLimits(generated);
        RoyaltyTotals before = RoyaltyEngine.of(terms).run(sales).totals();
        RoyaltyTotals after = RoyaltyEngine.of(terms).run(withMore(sales, which, extra)).totals();
        assertThat(after.totalEarned()).isGreaterThanOrEqualTo(before.totalEarned());
        assertThat(after.totalIncome()).isGreaterThanOrEqualTo(before.totalIncome());
    }

    /** A cap with tiers that restart each contract year keeps the years apart: still never less. */
    @Property
    void moreSalesNeverEarnLessUnderACapWhenTiersRestartEachYear(@ForAll("cappedTerms") RoyaltyTerms capped,
            @ForAll("sales") List<SalesPeriod> sales, @ForAll @IntRange(min = 0, max = 11) int which,
            @ForAll("amounts") BigDecimal extra) {
        RoyaltyTerms terms = withReset(capped, TierReset.CONTRACT_YEAR);
        RoyaltyTotals before = RoyaltyEngine.of(terms).run(sales).totals();
        RoyaltyTotals after = RoyaltyEngine.of(terms).run(withMore(sales, which, extra)).totals();
        assertThat(after.totalEarned()).isGreaterThanOrEqualTo(before.totalEarned());
        assertThat(after.totalIncome()).isGreaterThanOrEqualTo(before.totalIncome());
    }

    /**
     * A cap or a minimum on tiers counted over the whole license, with marginal rates that never fall: the exact
     * royalty never drops (the cumulative royalty is convex, so a later year's share can only grow), but rule 4's
     * rounding can move one minor unit into a year where the cap or the minimum absorbs it, so the total may drop by
     * at most one minor unit per later contract year (docs/analytics.md, "More sales, less royalty?"). Whole-volume
     * tiers are left out on purpose: their jump at a threshold can move into a year the minimum or cap absorbs
     * ({@code RoyaltyEngineYearlyLimitsTest}).
     */
    @Property
    void moreSalesLoseAtMostRoundingUnderYearlyLimitsOnCumulativeAscendingMarginalTiers(
            @ForAll("anyTerms") RoyaltyTerms generated, @ForAll("sales") List<SalesPeriod> sales,
            @ForAll @IntRange(min = 0, max = 11) int which, @ForAll("amounts") BigDecimal extra) {
        RoyaltyTerms terms = withMode(withReset(ascending(generated), TierReset.NEVER), TierMode.MARGINAL);
        RoyaltySchedule before = RoyaltyEngine.of(terms).run(sales);
        RoyaltyTotals after = RoyaltyEngine.of(terms).run(withMore(sales, which, extra)).totals();
        BigDecimal slack = BigDecimal.ONE.movePointLeft(Money.minorUnits(terms.currency()))
                .multiply(BigDecimal.valueOf(lastYear(before)));
        assertThat(after.totalEarned()).isGreaterThanOrEqualTo(before.totals().totalEarned().subtract(slack));
        assertThat(after.totalIncome()).isGreaterThanOrEqualTo(before.totals().totalIncome().subtract(slack));
    }

    @Property
    void wholeVolumeEarnsAtLeastMarginalWhenRatesAscend(@ForAll("uncappedTerms") RoyaltyTerms generated,
            @ForAll("sales") List<SalesPeriod> sales) {
        RoyaltyTerms terms = ascending(generated);
        RoyaltyTerms marginal = withMode(terms, TierMode.MARGINAL);
        RoyaltyTerms whole = withMode(terms, TierMode.WHOLE_VOLUME);
        assertThat(RoyaltyEngine.of(whole).run(sales).totals().totalEarned())
                .isGreaterThanOrEqualTo(RoyaltyEngine.of(marginal).run(sales).totals().totalEarned());
    }

    @Property
    void wholeVolumeEarnsAtLeastMarginalUnderACapUpToRounding(@ForAll("cappedTerms") RoyaltyTerms generated,
            @ForAll("sales") List<SalesPeriod> sales) {
        RoyaltyTerms terms = ascending(generated);
        RoyaltySchedule marginal = RoyaltyEngine.of(withMode(terms, TierMode.MARGINAL)).run(sales);
        RoyaltySchedule whole = RoyaltyEngine.of(withMode(terms, TierMode.WHOLE_VOLUME)).run(sales);
        BigDecimal slack = terms.tierReset() == TierReset.CONTRACT_YEAR ? BigDecimal.ZERO
                : BigDecimal.ONE.movePointLeft(Money.minorUnits(terms.currency()))
                        .multiply(BigDecimal.valueOf(lastYear(marginal)));
        assertThat(whole.totals().totalEarned())
                .isGreaterThanOrEqualTo(marginal.totals().totalEarned().subtract(slack));
    }

    @Property
    void withoutResetThePeriodAmountsAddUpToTheRoundedExactTotal(@ForAll("anyTerms") RoyaltyTerms generated,
            @ForAll("sales") List<SalesPeriod> sales) {
        RoyaltyTerms terms = new RoyaltyTerms(generated.currency(), START, generated.upfrontFee(),
                generated.advance(), generated.basis(), generated.tiers(), generated.tierMode(), TierReset.NEVER,
                Money.zero(generated.currency()), null, generated.withholdingRate());
        RoyaltyEngine engine = RoyaltyEngine.of(terms);
        BigDecimal total = sales.stream().map(SalesPeriod::base).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = new TierSchedule(terms.tiers(), terms.tierMode()).value(total);
        BigDecimal rounded = exact.setScale(Money.minorUnits(terms.currency()), RoundingMode.HALF_EVEN);
        RoyaltySchedule s = engine.run(sales);
        BigDecimal sum = s.lines().stream().map(RoyaltyLine::earned).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(rounded);
        assertThat(s.totals().totalEarned()).isEqualByComparingTo(rounded);
    }

    @Property
    void npvFallsAsTheDiscountRateRises(@ForAll("anyTerms") RoyaltyTerms terms, @ForAll("sales") List<SalesPeriod> sales,
            @ForAll @IntRange(min = 0, max = 50) int lowPercent, @ForAll @IntRange(min = 0, max = 50) int morePercent) {
        RoyaltySchedule s = RoyaltyEngine.of(terms).run(sales);
        BigDecimal low = BigDecimal.valueOf(lowPercent, 2);
        BigDecimal high = low.add(BigDecimal.valueOf(morePercent, 2));
        assertThat(s.npvAt(high)).isLessThanOrEqualTo(s.npvAt(low));
        assertThat(s.npvAt(BigDecimal.ZERO)).isEqualByComparingTo(s.totals().totalNet());
    }

    @Property
    void totalsOnlyAlwaysAgreeWithTheFullRun(@ForAll("anyTerms") RoyaltyTerms terms,
            @ForAll("sales") List<SalesPeriod> sales) {
        RoyaltyEngine engine = RoyaltyEngine.of(terms);
        assertThat(engine.totals(PeriodSeries.of(sales))).isEqualTo(engine.run(sales).totals());
    }

    /** The long fast path and the BigDecimal path give the same totals; where longs overflow, totals falls back. */
    @Property(tries = 2000)
    void theLongPathAgreesWithTheBigDecimalPath(@ForAll("anyTerms") RoyaltyTerms terms,
            @ForAll("wideSales") List<SalesPeriod> sales) {
        RoyaltyEngine engine = RoyaltyEngine.of(terms);
        PeriodSeries series = PeriodSeries.of(sales);
        RoyaltyTotals exact = engine.exactTotals(series);
        RoyaltyTotals fast = engine.longTotals(series);
        if (fast != null) {
            assertThat(fast).isEqualTo(exact);
        }
        assertThat(engine.totals(series)).isEqualTo(exact);
    }

    /** The fast valuation (long totals, double NPV with its error bound) gives the full run's figures exactly. */
    @Property(tries = 2000)
    void theFastValuationAgreesWithTheFullRun(@ForAll("anyTerms") RoyaltyTerms terms,
            @ForAll("wideSales") List<SalesPeriod> sales, @ForAll @IntRange(min = -50, max = 400) int ratePermille) {
        RoyaltyEngine engine = RoyaltyEngine.of(terms);
        BigDecimal rate = BigDecimal.valueOf(ratePermille, 3);
        PeriodSeries series = PeriodSeries.of(sales);
        RoyaltyValuation exact = engine.exactValue(series, rate);
        assertThat(engine.value(series, rate)).isEqualTo(exact);
        RoyaltyValuation fast = engine.fastValue(series, rate);
        if (fast != null) {
            assertThat(fast).isEqualTo(exact);
        }
        if (engine.problems(series, PeriodLocator.byIndex()).isEmpty()) {
            RoyaltySchedule full = engine.run(sales, rate);
            assertThat(exact.totals()).isEqualTo(full.totals());
            assertThat(exact.npv()).isEqualTo(full.npv());
            assertThat(exact.periods()).isEqualTo(full.lines().size());
        }
    }

    @Property
    void moneyIsAlwaysInMinorUnits(@ForAll("anyTerms") RoyaltyTerms terms, @ForAll("sales") List<SalesPeriod> sales) {
        int minor = Money.minorUnits(terms.currency());
        for (RoyaltyLine line : RoyaltyEngine.of(terms).run(sales).lines()) {
            assertThat(List.of(line.earned(), line.minimumTopUp(), line.advanceRecouped(), line.payable(),
                    line.withholding(), line.net())).allSatisfy(m -> assertThat(m.scale()).isEqualTo(minor));
        }
    }

    static List<SalesPeriod> withMore(List<SalesPeriod> sales, int which, BigDecimal extra) {
        int i = which % sales.size();
        List<SalesPeriod> more = new ArrayList<>(sales);
        SalesPeriod p = sales.get(i);
        more.set(i, new SalesPeriod(p.periodStart(), p.periodEnd(), p.base().add(extra)));
        return more;
    }

    static int lastYear(RoyaltySchedule s) {
        return s.lines().get(s.lines().size() - 1).contractYear();
    }

    static RoyaltyTerms ascending(RoyaltyTerms t) {
        List<Tier> tiers = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>(t.tiers().stream().map(Tier::rate).toList());
        rates.sort(BigDecimal::compareTo);
        for (int i = 0; i < rates.size(); i++) {
            tiers.add(new Tier(t.tiers().get(i).from(), rates.get(i)));
        }
        return t.withTiers(tiers);
    }

    static RoyaltyTerms withoutYearlyLimits(RoyaltyTerms t) {
        return new RoyaltyTerms(t.currency(), t.startDate(), t.upfrontFee(), t.advance(), t.basis(), t.tiers(),
                t.tierMode(), t.tierReset(), Money.zero(t.currency()), null, t.withholdingRate());
    }

    static RoyaltyTerms withReset(RoyaltyTerms t, TierReset reset) {
        return new RoyaltyTerms(t.currency(), t.startDate(), t.upfrontFee(), t.advance(), t.basis(), t.tiers(),
                t.tierMode(), reset, t.minimumAnnual(), t.annualCap(), t.withholdingRate());
    }

    static RoyaltyTerms withMode(RoyaltyTerms t, TierMode mode) {
        return new RoyaltyTerms(t.currency(), t.startDate(), t.upfrontFee(), t.advance(), t.basis(), t.tiers(), mode,
                t.tierReset(), t.minimumAnnual(), t.annualCap(), t.withholdingRate());
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500000")).ofScale(2);
    }

    @Provide
    Arbitrary<List<SalesPeriod>> sales() {
        Arbitrary<Integer> gaps = Arbitraries.integers().between(1, 200);
        return Combinators.combine(gaps.list().ofMinSize(1).ofMaxSize(12), amounts().list().ofSize(12))
                .as((steps, bases) -> {
                    List<SalesPeriod> out = new ArrayList<>();
                    LocalDate end = START.minusDays(1);
                    for (int i = 0; i < steps.size(); i++) {
                        end = end.plusDays(steps.get(i));
                        out.add(new SalesPeriod(null, end, bases.get(i)));
                    }
                    return out;
                });
    }

    /** Bases with 0 to 6 decimals, from cents to sums too large for the long path. */
    @Provide
    Arbitrary<List<SalesPeriod>> wideSales() {
        Arbitrary<BigDecimal> base = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(6),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E15")).ofScale(0),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1E13")).ofScale(2));
        Arbitrary<Integer> gaps = Arbitraries.integers().between(1, 200);
        return Combinators.combine(gaps.list().ofMinSize(1).ofMaxSize(12), base.list().ofSize(12))
                .as((steps, bases) -> {
                    List<SalesPeriod> out = new ArrayList<>();
                    LocalDate end = START.minusDays(1);
                    for (int i = 0; i < steps.size(); i++) {
                        end = end.plusDays(steps.get(i));
                        out.add(new SalesPeriod(null, end, bases.get(i)));
                    }
                    return out;
                });
    }

    @Provide
    Arbitrary<RoyaltyTerms> anyTerms() {
        return terms(Arbitraries.of(true, false));
    }

    @Provide
    Arbitrary<RoyaltyTerms> uncappedTerms() {
        return terms(Arbitraries.just(false));
    }

    @Provide
    Arbitrary<RoyaltyTerms> cappedTerms() {
        return terms(Arbitraries.just(true));
    }

    private Arbitrary<RoyaltyTerms> terms(Arbitrary<Boolean> capped) {
        Arbitrary<String> currency = Arbitraries.of("USD", "JPY", "BHD", "EUR");
        Arbitrary<List<BigDecimal>> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.4"))
                .ofScale(4).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 400_000).list().ofSize(4);
        Arbitrary<TierMode> mode = Arbitraries.of(TierMode.class);
        Arbitrary<TierReset> reset = Arbitraries.of(TierReset.class);
        Arbitrary<List<Integer>> money = Arbitraries.integers().between(0, 60_000).list().ofSize(5);
        return Combinators.combine(currency, rates, steps, mode, reset, money, capped)
                .as((code, r, s, m, re, amounts, hasCap) -> {
                    Currency c = Currency.getInstance(code);
                    List<BigDecimal> sorted = new ArrayList<>(r);
                    if (m == TierMode.WHOLE_VOLUME) {
                        sorted.sort(BigDecimal::compareTo);
                    }
                    List<Tier> tiers = new ArrayList<>();
                    BigDecimal from = BigDecimal.ZERO;
                    for (int i = 0; i < sorted.size(); i++) {
                        tiers.add(new Tier(from, sorted.get(i)));
                        from = from.add(BigDecimal.valueOf(s.get(i)));
                    }
                    int minimum = Math.min(amounts.get(2), amounts.get(3));
                    int cap = Math.max(amounts.get(2), amounts.get(3));
                    return new RoyaltyTerms(c, START, money(amounts.get(0), c), money(amounts.get(1), c),
                            RoyaltyBasis.NET_SALES, tiers, m, re, money(minimum, c), hasCap ? money(cap, c) : null,
                            new Rate(BigDecimal.valueOf(amounts.get(4) % 40, 2)));
                });
    }

    private static Money money(int amount, Currency c) {
        return Money.of(BigDecimal.valueOf(amount), c);
    }
}
