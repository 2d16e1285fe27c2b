package io.licensor.analytics.metrics;

import static io.licensor.model.ReceiptKind.ADVANCE;
import static io.licensor.model.ReceiptKind.MINIMUM_TOP_UP;
import static io.licensor.model.ReceiptKind.OTHER;
import static io.licensor.model.ReceiptKind.ROYALTY;
import static io.licensor.model.ReceiptKind.UPFRONT;
import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.TermsBuilder;
import io.licensor.model.Portfolio;
import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One portfolio that raises every flag of metrics.md and hits every "none when" case, as of 2025-12-31: the window
 * is 2024-12-31 (excluded) to 2025-12-31 (included). Figures computed by hand (see comments).
 */
class PortfolioMetricsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    static Portfolio everything() {
        return new PortfolioBuilder("USD", "US")
                .fx("EUR", "2025-01-01", "1.10").fx("EUR", "2025-06-01", "1.20").fx("JPY", "2024-01-01", "0.0070")
                .fx("USD", "2020-01-01", "7")   // a rate for the reporting currency itself is ignored
                .asset("A1", a -> a.owner("Jane", "1").valuation("2025-01-01", "120000", "USD")
                        .valuation("2026-06-01", "999999", "USD").component("somelib", "GPL-3.0-only"))
                .asset("A2", a -> { })                                            // no owners, no valuation
                .asset("A3", a -> a.owner("Jane", "0.5").owner("Bob", "0.4").aiGenerated("  ")
                        .valuation("2025-03-01", "0", "USD").component("oldlib", " gpl-2.0 "))
                .asset("A5", a -> a.owner("Jane", "1").component("unlicensed", "AGPL-3.0-only")
                        .component("linked", "GPL-2.0-only WITH Classpath-exception-2.0"))
                .asset("A4", a -> a.owner("Jane", "0.9999").aiGenerated("Midjourney v6, edited by hand")
                        .valuation("2025-02-01", "1000", "GBP"))
                .asset("A10", a -> a.owner("Jane", "0.33333").owner("Bob", "0.66667")
                        .valuation("2025-06-01", "10000", "EUR"))
                .license("L1", l -> l.licensee("Acme GmbH", "DE").assets("A1", "A2"))
                .license("L2", l -> l.licensee("Beta SARL", "FR").assets("A10").start("2025-01-01").end("2026-02-15")
                        .terms(TermsBuilder.in("EUR").flat("0.08").withholding("0.15")))
                .license("L3", l -> l.licensee("Gamma", "US").assets("A1", "A2", "A4").start("2023-01-01")
                        .end("2026-03-31").terms(TermsBuilder.usd().flat("0.05")))
                .license("L4", l -> l.licensee("Gamma", "us").assets("A4").start("2025-09-02").renews("L3")
                        .terms(TermsBuilder.usd().units().flat("2.00")))
                .license("L6", l -> l.assets("A3").end("2025-06-30"))
                .license("L7", l -> l.assets("A3").end("2025-12-31"))
                .license("L8", l -> l.assets("A3").start("2026-01-01").renews("L7"))
                .license("L9", l -> l.assets("A3").end("2024-12-31"))
                .license("L10", l -> l.licensee("Delta", null).assets("A10").start("2025-09-01").end("2026-03-31")
                        .terms(TermsBuilder.in("JPY").flat("0.10")))
                .license("L11", l -> l.assets("A3").start("2025-10-01").terms(TermsBuilder.in("CHF").flat("0.10")))
                .license("L12", l -> l.assets("A3").start("2025-10-01"))
                .license("L13", l -> l.assets("A3").start("2025-12-01").end("2026-04-01"))
                // L1: 10 % of 250,000 reported up to A = 25,000 expected; 20,000.01 received
                .receipt("R1", "L1", ROYALTY, "2025-01-01..2025-03-31", "sales:100000", "10000", "0", "2025-04-30")
                .receipt("R2", "L1", ROYALTY, "2025-04-01..2025-06-30", "sales:100000", "5000.01", "0", "2025-12-31")
                .receipt("R3", "L1", OTHER, "2024-12-31", null, "-0.03", "0", "2025-07-01")
                .receipt("R4", "L1", ROYALTY, "2024-10-01..2024-12-31", "sales:50000", "5000", "0", "2024-12-31")
                .receipt("R5", "L1", ROYALTY, "2026-01-01..2026-03-31", "sales:100000", "10000", "0", "2026-04-30")
                // L2 in EUR: net 680 at the rate of the same day (1.20) = 816.00; net 340 at 1.20 = 408.00
                .receipt("R6", "L2", ROYALTY, "2025-01-01..2025-05-31", "sales:10000", "800", "120", "2025-06-01")
                .receipt("R7", "L2", ROYALTY, "2025-06-01..2025-09-02", "sales:5000", "400", "60", "2025-09-15")
                .receipt("R8", "L3", UPFRONT, "2025-03-01", null, "1.00", "0", "2025-03-01")
                .receipt("R9", "L4", ROYALTY, "2025-09-02..2025-09-30", "units:10", "20", "0", "2025-10-15")
                .receipt("R10", "L4", MINIMUM_TOP_UP, "2025-09-30", null, "5", "0", "2025-10-15")
                .receipt("R11", "L10", ADVANCE, "2025-09-01", null, "100000", "0", "2025-09-01")
                .receipt("R12", "L7", ROYALTY, "2025-11-01..2025-11-30", "sales:0", "0", "0", "2025-12-15")
                .receipt("R14", "L11", ROYALTY, "2025-10-01..2025-10-31", "sales:50", "4.00", "0", "2025-11-15")
                .receipt("R15", "L12", ROYALTY, "2025-10-01..2025-10-31", "sales:10000", "989.99", "0", "2026-01-05")
                .enforcement("E1", "A10", "2025-06-01", "3000", "500", "EUR")
                .enforcement("E2", "L1", "2025-12-31", "100.01", "0", "USD")
                .enforcement("E3", "A1", "2024-12-31", "999", "0", "USD")
                .enforcement("E4", "A2", "2025-03-01", "10", "0", "GBP")
                .enforcement("E5", "A3", "2025-05-01", "0", "50", "USD")
                .build();
    }

    final MetricsSnapshot m = PortfolioMetrics.compute(everything(), AS_OF);

    @Test
    void raisesEveryFlagSortedByCodeThenNaturalId() {
        assertThat(m.flags()).extracting(f -> f.code() + " " + f.subjectId()).containsExactly(
                "AI_PROVENANCE_MISSING A3",
                "COPYLEFT_COMPONENT A1",
                "COPYLEFT_COMPONENT A3",
                "CROSS_BORDER_WITHHOLDING L1",
                "ENFORCEMENT_EXCEEDS_INCOME A10",
                "EXPIRING_WITHOUT_RENEWAL L2",
                "EXPIRING_WITHOUT_RENEWAL L10",
                "STATEMENT_OVERDUE L1",
                "STATEMENT_OVERDUE L3",
                "STATEMENT_OVERDUE L10",
                "UNCLEAR_OWNERSHIP A2",
                "UNCLEAR_OWNERSHIP A3",
                "UNDERPAYMENT L1",
                "UNDERPAYMENT L12");
    }

    @Test
    void everyFlagExplainsItselfAndSaysWhatToDo() {
        assertThat(m.flags()).allSatisfy(f -> {
            assertThat(f.explanation()).contains(f.subjectId());
            assertThat(f.whatToDo()).isNotBlank();
            assertThat(f.code().subject() == RiskCode.Subject.ASSET).isEqualTo(f.assetId() != null);
        });
        assertThat(flag(RiskCode.UNDERPAYMENT, "L1").explanation()).isEqualTo("License L1: Acme GmbH's own reports"
                + " imply 25000.00 USD of royalties up to 2025-12-31, but 20000.01 USD was received (4999.99 USD short).");
        assertThat(flag(RiskCode.UNCLEAR_OWNERSHIP, "A3").explanation())
                .isEqualTo("The owners' shares of asset A3 add up to 0.9, not 1.");
        assertThat(flag(RiskCode.STATEMENT_OVERDUE, "L3").explanation())
                .startsWith("License L3 (Gamma): no royalty statement has come since the license started on 2023-01-01");
        assertThat(flag(RiskCode.EXPIRING_WITHOUT_RENEWAL, "L10").explanation()).contains("in 90 days");
        assertThat(flag(RiskCode.COPYLEFT_COMPONENT, "A1").explanation()).contains("somelib (GPL-3.0-only)")
                .contains("L1, L3");
    }

    RiskFlag flag(RiskCode code, String id) {
        return m.flags().stream().filter(f -> f.code() == code && f.subjectId().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}: income {1}, enforcement {2}, yield {3}, ratio {4}")
    @CsvSource(nullValues = "none", textBlock = """
            # A1: 10000/2 + 5000.01 split 2500.01 + (-0.03 split -0.02) + 1.00 over three = 0.34; E2 100.01 split 50.01
            A1,  7500.33, 50.01,  0.06250275,         0.006667706620908680
            # A2: the other halves, 0.33 of the upfront fee; E4 has no GBP rate; no valuation
            A2,  7500.32, 50.00,  none,               0.006666382234358001
            # A3: no income, so no ratio; its valuation is 0, so no yield; it recovered 50 more than it spent
            A3,  0.00,    -50.00, none,               none
            # A4: 0.33 + 20 + 5; its GBP valuation has no rate
            A4,  25.33,   0.00,   none,               0.00
            # A10: 816 + 408 + 700 (100,000 JPY at 0.0070); E1 (3000 - 500) EUR at 1.20; valuation 10,000 EUR at 1.20
            A10, 1924.00, 3000.00, 0.1603333333333333, 1.559251559251559
            """)
    void attributesConvertedIncomeAndEnforcementToAssets(String id, String income, String enforcement,
            BigDecimal yield, BigDecimal ratio) {
        AssetFigures a = m.asset(id).orElseThrow();
        assertThat(a.licensingIncome()).isEqualTo(new BigDecimal(income));
        assertThat(a.netEnforcementCost()).isEqualTo(new BigDecimal(enforcement));
        assertThat(a.yield()).isEqualTo(yield);
        if (ratio == null) {
            assertThat(a.enforcementCostRatio()).isNull();
        } else {
            assertThat(a.enforcementCostRatio()).isEqualByComparingTo(ratio);
        }
    }

    @Test
    void breaksIncomeDownByKind() {
        AssetFigures a1 = m.asset("A1").orElseThrow();
        assertThat(a1.incomeByKind().get(ReceiptKind.ROYALTY)).isEqualByComparingTo("7500.01");
        assertThat(a1.incomeByKind().get(ReceiptKind.OTHER)).isEqualByComparingTo("-0.02");
        assertThat(a1.incomeByKind().get(ReceiptKind.UPFRONT)).isEqualByComparingTo("0.34");
        assertThat(a1.incomeByKind().get(ReceiptKind.ADVANCE)).isEqualByComparingTo("0");
    }

    @Test
    void sumsThePortfolio() {
        PortfolioFigures p = m.portfolio();
        assertThat(p.licensingIncome()).isEqualTo(new BigDecimal("16949.98"));
        assertThat(p.netEnforcementCost()).isEqualTo(new BigDecimal("3050.01"));
        assertThat(p.enforcementCostRatio()).isEqualByComparingTo("0.1799418052410681");
        // L6 (ended 2025-06-30, not renewed) and L7 (ended on A, renewed by L8); L9 ended on the window's open edge
        assertThat(p.renewalRate()).isEqualByComparingTo("0.5");
        assertThat(p.hhi()).isEqualByComparingTo("0.4044950603203561");
    }

    @ParameterizedTest(name = "{0}: expected {2}, received {3}")
    @CsvSource(nullValues = "none", textBlock = """
            # R4 counts (periodEnd <= A) though received on the window's edge; R5 ends after A; R3 is OTHER
            L1,  USD, 25000.00, 20000.01, 4999.99
            L2,  EUR, 1200.00,  1200.00,  0.00
            # an upfront fee is neither expected nor received royalty
            L3,  USD, 0.00,     0.00,     0.00
            # UNITS: 10 units at 2.00; the MINIMUM_TOP_UP receipt counts as received
            L4,  USD, 20.00,    25.00,    -5.00
            L10, JPY, 0,        0,        0
            # exactly one whole unit short: not flagged
            L11, CHF, 5.00,     4.00,     1.00
            # 1 % of 1000.00 is 10.00: 10.01 short is flagged
            L12, USD, 1000.00,  989.99,   10.01
            """)
    void comparesWhatTheLicenseesOwnReportsImplyWithWhatTheyPaid(String id, String currency, String expected,
            String received, String shortfall) {
        LicenseFigures l = m.license(id).orElseThrow();
        assertThat(l.currency().getCurrencyCode()).isEqualTo(currency);
        assertThat(l.expected()).isEqualTo(new BigDecimal(expected));
        assertThat(l.received()).isEqualTo(new BigDecimal(received));
        assertThat(l.shortfall()).isEqualTo(new BigDecimal(shortfall));
    }

    @Test
    void warnsAboutEveryAmountWithoutARate() {
        assertThat(m.warnings()).containsExactly(
                "receipt R14: no CHF rate on or before 2025-11-15",
                "enforcement entry E4: no GBP rate on or before 2025-03-01",
                "asset A4: valuation of 2025-02-01: no GBP rate on or before 2025-02-01");
    }

    @Test
    void givesNoRatiosForAPortfolioWithoutIncomeOrEndedLicenses() {
        Portfolio p = new PortfolioBuilder("USD", "US").asset("A1").license("L1", l -> l.start("2025-11-01"))
                .receipt("R1", "L1", ROYALTY, "2025-11-30", "sales:0", "0", "0", "2025-12-05").build();
        PortfolioFigures f = PortfolioMetrics.compute(p, AS_OF).portfolio();
        assertThat(f.licensingIncome()).isEqualByComparingTo("0");
        assertThat(f.enforcementCostRatio()).isNull();
        assertThat(f.renewalRate()).isNull();
        assertThat(f.hhi()).isNull();
    }

    @Test
    void aSingleEarningAssetHasAnHhiOfOne() {
        Portfolio p = new PortfolioBuilder("USD", "US").asset("A1").asset("A2")
                .license("L1", l -> l.assets("A1")).license("L2", l -> l.assets("A2"))
                .receipt("R1", "L1", ROYALTY, "2025-03-31", null, "100", "0", "2025-04-30")
                .receipt("R2", "L2", OTHER, "2025-03-31", null, "-40", "0", "2025-04-30").build();
        MetricsSnapshot s = PortfolioMetrics.compute(p, AS_OF);
        // income 100 and -40: only positive incomes count, shares of the portfolio's 60
        assertThat(s.portfolio().hhi()).isEqualByComparingTo(new BigDecimal("100").pow(2)
                .divide(new BigDecimal("60").pow(2), PortfolioMetrics.RATIO));
    }

    @Test
    void warnsAboutReportsTheEngineWouldRefuseAndCountsThemAsReported() {
        Portfolio p = new PortfolioBuilder("USD", "US").asset("A1").license("L1", l -> l.start("2025-01-01"))
                .receipt("R1", "L1", ROYALTY, "2025-03-31", "sales:1000", "100", "0", "2025-04-30")
                .receipt("R2", "L1", ROYALTY, "2025-03-31", "sales:500", "50", "0", "2025-04-30")
                .receipt("R3", "L1", ROYALTY, "2024-12-31", "sales:10", "1", "0", "2025-01-30").build();
        MetricsSnapshot s = PortfolioMetrics.compute(p, AS_OF);
        assertThat(s.license("L1").orElseThrow().expected()).isEqualByComparingTo("151.00");
        assertThat(s.warnings()).containsExactly(
                "license L1, receipt R3 periodEnd: the period ends on 2024-12-31, before the contract starts on"
                        + " 2025-01-01 (counted as reported)",
                "license L1, receipt R2 periodEnd: 2025-03-31 is not later than the previous period's end 2025-03-31:"
                        + " list the periods in order, one per period (counted as reported)");
    }

    @Test
    void splitsTheRemainderToTheFirstAssetsAndKeepsTheSignOfNegativeAmounts() {
        long[] totals = new long[4];
        PortfolioIndex.split(100, new int[] {3, 1, 2}, totals);
        assertThat(totals).containsExactly(0, 33, 33, 34);
        PortfolioIndex.split(-5, new int[] {0, 1, 2}, totals);
        assertThat(totals).containsExactly(-2, 31, 32, 34);
    }

    @Test
    void usesTheLatestRateOnOrBeforeTheDay() {
        FxConverter fx = new FxConverter(java.util.Currency.getInstance("USD"), everything().fxRates());
        java.util.Currency eur = java.util.Currency.getInstance("EUR");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2024, 12, 31))).isNull();
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 1, 1))).isEqualTo("11.00");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 5, 31))).isEqualTo("11.00");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 6, 1))).isEqualTo("12.00");
        assertThat(fx.convert(new BigDecimal("0.125"), java.util.Currency.getInstance("USD"), LocalDate.MIN))
                .isEqualTo("0.12");
    }
}
