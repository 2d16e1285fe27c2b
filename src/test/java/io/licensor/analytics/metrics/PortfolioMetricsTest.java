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

/** Metrics of {@link MetricsFixture#everything()} as of 2025-12-31, figures computed by hand (see comments). */
class PortfolioMetricsTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    final MetricsSnapshot m = PortfolioMetrics.compute(MetricsFixture.everything(), AS_OF);

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
        Portfolio p = new MetricsPortfolioBuilder("USD", "US").asset("A1").license("L1", l -> l.start("2025-11-01"))
                .receipt("R1", "L1", ROYALTY, "2025-11-30", "sales:0", "0", "0", "2025-12-05").build();
        PortfolioFigures f = PortfolioMetrics.compute(p, AS_OF).portfolio();
        assertThat(f.licensingIncome()).isEqualByComparingTo("0");
        assertThat(f.enforcementCostRatio()).isNull();
        assertThat(f.renewalRate()).isNull();
        assertThat(f.hhi()).isNull();
    }

    @Test
    void aSingleEarningAssetHasAnHhiOfOne() {
        Portfolio p = new MetricsPortfolioBuilder("USD", "US").asset("A1").asset("A2")
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
        Portfolio p = new MetricsPortfolioBuilder("USD", "US").asset("A1").license("L1", l -> l.start("2025-01-01"))
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
        FxConverter fx = new FxConverter(java.util.Currency.getInstance("USD"), MetricsFixture.everything().fxRates());
        java.util.Currency eur = java.util.Currency.getInstance("EUR");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2024, 12, 31))).isNull();
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 1, 1))).isEqualTo("11.00");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 5, 31))).isEqualTo("11.00");
        assertThat(fx.convert(new BigDecimal("10"), eur, LocalDate.of(2025, 6, 1))).isEqualTo("12.00");
        assertThat(fx.convert(new BigDecimal("0.125"), java.util.Currency.getInstance("USD"), LocalDate.MIN))
                .isEqualTo("0.12");
    }
}
