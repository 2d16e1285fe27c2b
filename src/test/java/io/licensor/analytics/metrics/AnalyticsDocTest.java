package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.RoyaltyTotals;
import io.licensor.analytics.SalesPeriod;
import io.licensor.analytics.TermsBuilder;
import io.licensor.analytics.pricing.Crossing;
import io.licensor.analytics.pricing.EffectiveRoyaltyRate;
import io.licensor.analytics.pricing.ReliefFromRoyalty;
import io.licensor.analytics.pricing.RoyaltyStacking;
import io.licensor.analytics.pricing.TierComparison;
import io.licensor.analytics.pricing.TwentyFivePercentRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every figure of docs/analytics.md, recomputed: the page cannot drift from the program. */
class AnalyticsDocTest {
    static final String DOC = read();
    static final TermsBuilder ARTICLE = TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18");

    static String read() {
        try {
            return Files.readString(Path.of("docs/analytics.md"));
        } catch (IOException e) {
            throw new AssertionError("docs/analytics.md must exist", e);
        }
    }

    /** 98000.00 -> "98,000.00"; 3 (JPY) -> "3". */
    static String fmt(BigDecimal x) {
        return String.format(Locale.ROOT, "%,." + Math.max(0, x.scale()) + "f", x);
    }

    static void says(String text) {
        assertThat(DOC).as("docs/analytics.md should say: " + text).contains(text);
    }

    static RoyaltySchedule run(TermsBuilder terms, String... periods) {
        List<SalesPeriod> list = new ArrayList<>();
        for (String p : periods) {
            String[] kv = p.split("=");
            list.add(SalesPeriod.of(kv[0], kv[1]));
        }
        return RoyaltyEngine.of(terms.build()).run(list);
    }

    static List<String> earned(RoyaltySchedule s) {
        return s.lines().stream().map(l -> fmt(l.earned())).toList();
    }

    @Test
    void theArticlesExampleTableIsTheEnginesOwn() {
        String[] sales = {"2024-12-31=300000", "2025-12-31=450000"};
        RoyaltySchedule marginal = run(TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").upfront("5000"),
                sales);
        RoyaltySchedule whole = run(TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").upfront("5000")
                .wholeVolume(), sales);
        RoyaltySchedule reset = run(TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").upfront("5000")
                .resetYearly(), sales);
        RoyaltySchedule flat = run(TermsBuilder.usd().flat("0.10"), sales);
        says(row("marginal tiers", marginal, true));
        says(row("whole-volume tiers", whole, true));
        says(row("marginal, tiers restart each year", reset, true));
        says(row("flat 10 %", flat, false));
        BigDecimal m = marginal.totals().totalEarned();
        BigDecimal f = flat.totals().totalEarned();
        says("the correct " + fmt(m) + " the increase is " + percent(m.divide(f, MathContext.DECIMAL64)
                .subtract(BigDecimal.ONE)) + " in royalties alone, or " + percent(marginal.totals().totalIncome()
                .divide(f, MathContext.DECIMAL64).subtract(BigDecimal.ONE)) + " counting the upfront fee");
        says("marginal tiers give " + fmt(m) + " (" + fmt(marginal.totals().totalIncome()) + " with the fee)");
        says("whole-volume tiers\n" + fmt(whole.totals().totalEarned()));
        says("at most " + fmt(reset.totals().totalIncome()) + " with the fee");
    }

    static String row(String name, RoyaltySchedule s, boolean fee) {
        RoyaltyTotals t = s.totals();
        return "| " + name + " | " + String.join(" | ", earned(s)) + " | " + fmt(t.totalEarned()) + " | "
                + (fee ? fmt(t.totalIncome()) : "-") + " |";
    }

    static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    static String percent2(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    @Test
    void tierExamples() {
        String[] sales = {"2024-03-31=60000", "2024-06-30=40000", "2024-09-30=10000"};
        List<String> whole = earned(run(TermsBuilder.usd().tiers("0:0.05", "100000:0.10").wholeVolume(), sales));
        says("The royalties are " + whole.get(0) + ", then " + whole.get(1) + ", then " + whole.get(2) + ".");
        List<String> marginal = earned(run(TermsBuilder.usd().tiers("0:0.05", "100000:0.10"), sales));
        says("Marginal tiers would give " + marginal.get(0) + ", " + marginal.get(1) + " and " + marginal.get(2) + ".");
        String[] halves = {"2024-06-30=80000", "2024-12-31=80000", "2025-06-30=80000"};
        List<String> reset = earned(run(TermsBuilder.usd().tiers("0:0.05", "100000:0.10").resetYearly(), halves));
        List<String> never = earned(run(TermsBuilder.usd().tiers("0:0.05", "100000:0.10"), halves));
        says("the first half-year earns " + reset.get(0) + "; the second crosses 100,000 and earns " + reset.get(1));
        says("half of the next year starts again at 5 % and earns " + reset.get(2) + " (without the restart it would"
                + " have earned " + never.get(2) + ")");
    }

    @Test
    void roundingExampleInYen() {
        RoyaltySchedule s = run(TermsBuilder.in("JPY").flat("0.05"), "2024-01-31=10", "2024-02-29=20",
                "2024-03-31=20", "2024-04-30=10");
        says("The months pay " + String.join(", ", earned(s).subList(0, 3)) + " and " + earned(s).get(3) + " yen: "
                + fmt(s.totals().totalEarned()) + " yen in total");
    }

    @Test
    void capMinimumAdvanceTable() {
        RoyaltySchedule s = run(TermsBuilder.usd().flat("0.10").cap("10000").minimum("3000").advance("8000"),
                "2024-06-30=60000", "2024-12-31=60000", "2025-06-30=10000", "2025-12-31=10000");
        for (RoyaltyLine l : s.lines()) {
            says("| " + l.periodEnd() + " | " + String.format(Locale.ROOT, "%,d", l.base().intValueExact()) + " | "
                    + fmt(l.earnedBeforeCap()) + " | " + fmt(l.earned()) + " | " + fmt(l.minimumTopUp()) + " | "
                    + fmt(l.advanceRecouped()) + " | " + fmt(l.payable()) + " |");
        }
        says("plus " + fmt(s.totals().totalPayable()) + " of payments: " + fmt(s.totals().totalIncome()) + " in all");
        RoyaltySchedule open = run(TermsBuilder.usd().flat("0.10").minimum("3000"), "2024-12-31=10000",
                "2025-06-30=5000");
        says("topped up by " + fmt(open.lines().get(0).minimumTopUp()) + "; 2025 is not complete yet, so its "
                + fmt(open.lines().get(1).earned()) + " gets no top-up.\nTotal: " + fmt(open.totals().totalIncome()));
    }

    @Test
    void withholdingAndNpv() {
        RoyaltySchedule s = run(TermsBuilder.usd().flat("0.10").upfront("5000").advance("2000").withholding("0.15"),
                "2024-12-31=30000");
        RoyaltyTotals t = s.totals();
        says("leaves " + fmt(s.lines().get(0).payable()) + " to pay. Withheld: " + fmt(t.upfrontWithholding())
                + " on the fee, " + fmt(t.advanceWithholding()) + " on the advance, " + fmt(s.lines().get(0).withholding())
                + "\non the payment: " + fmt(t.totalWithholding()) + ". You receive " + fmt(t.totalIncome())
                + " before tax, " + fmt(t.totalNet()) + " after.");
        RoyaltySchedule q = RoyaltyEngine.of(TermsBuilder.usd().flat("0.10").upfront("5000").build()).run(List.of(
                SalesPeriod.of("2024-03-31", "10000"), SalesPeriod.of("2024-06-30", "10000"),
                SalesPeriod.of("2024-09-30", "10000"), SalesPeriod.of("2024-12-31", "10000")), new BigDecimal("0.10"));
        says("= " + fmt(q.npv()) + " (against " + fmt(q.totals().totalNet()) + "\nundiscounted)");
    }

    @Test
    void moreSalesLessRoyaltyExamples() {
        TermsBuilder capped = TermsBuilder.usd().tiers("0:0.10", "100:0.01").cap("4");
        says("Sales of 50 then\n  30 earn " + fmt(run(capped, "2024-12-31=50", "2025-12-31=30").totals().totalEarned()));
        says("sales of 100 then 30 earn only " + fmt(run(capped, "2024-12-31=100", "2025-12-31=30").totals()
                .totalEarned()));
        TermsBuilder minimum = TermsBuilder.usd().tiers("0:0.10", "100:0.01").minimum("10");
        says("earn " + fmt(run(minimum, "2024-12-31=50", "2025-06-30=50").totals().totalIncome()) + "; 100 and 50 earn "
                + fmt(run(minimum, "2024-12-31=100", "2025-06-30=50").totals().totalIncome()) + ".");
    }

    @Test
    void valuationExamples() {
        ReliefFromRoyalty.Input in = new ReliefFromRoyalty.Input(Currency.getInstance("USD"),
                ReliefFromRoyalty.projected(new BigDecimal("100000"), new BigDecimal("0.05"), 5),
                new BigDecimal("0.05"), new BigDecimal("0.25"), new BigDecimal("0.12"), null);
        says("five years are worth " + fmt(ReliefFromRoyalty.value(in).value()));
        ReliefFromRoyalty.Result g = ReliefFromRoyalty.value(new ReliefFromRoyalty.Input(in.currency(), in.revenues(),
                in.royaltyRate(), in.taxRate(), in.discountRate(), new BigDecimal("0.02")));
        says("the terminal value is " + fmt(g.terminalValue()) + " at the end of year 5,\nworth "
                + fmt(g.terminalPresentValue()) + " today: " + fmt(g.value()) + " in all");
        says("25 % gives a " + percent2(TwentyFivePercentRule.impliedRate(new BigDecimal("0.20")).impliedRate())
                + " royalty\nrate, 33 % gives " + percent2(TwentyFivePercentRule.impliedRate(new BigDecimal("0.33"),
                new BigDecimal("0.20")).impliedRate()));
        BigDecimal effective = EffectiveRoyaltyRate.of(run(ARTICLE, "2024-12-31=750000"));
        says("an effective rate of\n" + percent2(effective) + " (" + effective.toPlainString() + ")");
    }

    @Test
    void stackingExample() {
        RoyaltyStacking.Result r = RoyaltyStacking.stack(List.of(
                new RoyaltyStacking.Stacked("A", new BigDecimal("0.05"), new BigDecimal("0.02")),
                new RoyaltyStacking.Stacked("B", new BigDecimal("0.04"), new BigDecimal("0.03")),
                new RoyaltyStacking.Stacked("C", new BigDecimal("0.03"), new BigDecimal("0.01"))), new BigDecimal("0.08"));
        List<String> rates = r.shares().stream().map(s -> s.adjustedRate().movePointRight(2).stripTrailingZeros()
                .toPlainString() + " %").toList();
        says("remaining 5 % by a factor of " + r.factor().stripTrailingZeros().toPlainString() + ": " + rates.get(0)
                + ", " + rates.get(1) + " and " + rates.get(2) + ", exactly " + r.combinedBurden().movePointRight(2)
                .stripTrailingZeros().toPlainString() + " %");
    }

    @Test
    void comparisonExamples() {
        TierComparison noFee = TierComparison.of(IncomeCurve.of(ARTICLE.build()),
                IncomeCurve.of(TermsBuilder.usd().flat("0.10").build()));
        says("flat pays more up to " + fmt(noFee.overtakings().get(0).base().setScale(0)) + " of sales");
        TierComparison fee = TierComparison.of(IncomeCurve.of(TermsBuilder.usd().tiers("0:0.05", "100000:0.12",
                "500000:0.18").upfront("5000").build()), IncomeCurve.of(TermsBuilder.usd().flat("0.10").build()));
        Crossing touch = fee.crossings().get(0);
        assertThat(touch.overtakes()).isFalse();
        assertThat(fee.overtakings()).isEmpty();
        says("the two only touch at " + fmt(touch.base().setScale(0)));
        TierComparison jump = TierComparison.of(IncomeCurve.of(TermsBuilder.usd().tiers("0:0.05", "100000:0.12")
                .wholeVolume().build()), IncomeCurve.of(TermsBuilder.usd().flat("0.10").build()));
        says("jump past flat 10 % exactly at " + fmt(jump.overtakings().get(0).base().setScale(0)));
    }

    @Test
    void metricsTableAndFlags() {
        MetricsSnapshot m = PortfolioMetrics.compute(MetricsFixture.everything(), PortfolioMetricsTest.AS_OF);
        AssetFigures a1 = m.asset("A1").orElseThrow();
        AssetFigures a10 = m.asset("A10").orElseThrow();
        LicenseFigures l1 = m.license("L1").orElseThrow();
        says("| A1: " + fmt(a1.licensingIncome()) + " |");
        says("A1: " + fmt(a1.licensingIncome()) + " / 120,000 = " + a1.yield().toPlainString() + " |");
        says("= " + fmt(a10.netEnforcementCost()) + " |");
        says("A10: " + fmt(a10.netEnforcementCost()) + " / " + fmt(a10.licensingIncome()) + " |");
        says("| 1 of 2 = " + m.portfolio().renewalRate().toPlainString() + " |");
        says("| " + m.portfolio().hhi().toPlainString() + " |");
        says("| L1: " + fmt(l1.expected()) + " |");
        says("| L1: " + fmt(l1.received()) + " |");
        says("| L1: " + fmt(l1.shortfall()) + " |");
        says("`" + m.warnings().get(0) + "`");
        says("implying " + fmt(l1.expected()) + " of royalties but paid " + fmt(l1.received()) + ": "
                + fmt(l1.shortfall()) + " short");
        for (RiskCode code : RiskCode.values()) {
            says("| " + code.name() + " |");
        }
    }

    @Test
    void attributionExamples() {
        long[] two = new long[2];
        PortfolioIndex.split(10001, new int[] {0, 1}, two);
        says("100.01 over two assets: " + fmt(BigDecimal.valueOf(two[0], 2)) + " and " + fmt(BigDecimal.valueOf(two[1], 2)));
        long[] three = new long[3];
        PortfolioIndex.split(100, new int[] {0, 1, 2}, three);
        says("three assets: " + fmt(BigDecimal.valueOf(three[0], 2)) + ", " + fmt(BigDecimal.valueOf(three[1], 2))
                + " and " + fmt(BigDecimal.valueOf(three[2], 2)));
        long[] refund = new long[2];
        PortfolioIndex.split(-3, new int[] {0, 1}, refund);
        says("-0.03 over two assets: " + fmt(BigDecimal.valueOf(refund[0], 2)) + " and "
                + fmt(BigDecimal.valueOf(refund[1], 2)));
    }

    @Test
    void maturityTableHasTheArticlesRates() {
        for (MaturityLevel level : MaturityLevel.values()) {
            if (level != MaturityLevel.NONE) {
                says("| " + level.number() + " " + level.title() + " |");
                says("| " + level.typicalRates() + " |");
            }
        }
    }
}
