package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskCode;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.testing.PortfolioBuilder;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The licenses section's per-license figures come from analytics and agree with `licensor metrics`. */
class LicenseSummariesTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Test
    void onTheDemoEveryLicenseHasTheMetricsFiguresAndFlags() {
        Portfolio demo = DemoPortfolio.bundled();
        Map<String, LicenseSummary> summaries = LicenseSummaries.of(demo, AS_OF);
        MetricsSnapshot metrics = PortfolioMetrics.compute(demo, AS_OF);

        assertThat(summaries).hasSize(demo.licenses().size());
        for (var figures : metrics.licenses()) {
            LicenseSummary s = summaries.get(figures.licenseId());
            assertThat(s.expected()).isEqualTo(figures.expected());
            assertThat(s.received()).isEqualTo(figures.received());
            assertThat(s.shortfall()).isEqualTo(figures.shortfall());
        }
        assertThat(summaries.get("L1").flags()).extracting(RiskFlag::code).containsExactly(RiskCode.UNDERPAYMENT);
        assertThat(summaries.get("L1").shortfall()).isEqualByComparingTo("1750.00");
        assertThat(summaries.get("L3").flags()).extracting(RiskFlag::code)
                .containsExactly(RiskCode.CROSS_BORDER_WITHHOLDING);
        assertThat(summaries.get("L5").flags()).extracting(RiskFlag::code)
                .containsExactly(RiskCode.EXPIRING_WITHOUT_RENEWAL);
        assertThat(summaries.get("L11").flags()).extracting(RiskFlag::code)
                .containsExactly(RiskCode.STATEMENT_OVERDUE);
        assertThat(summaries.get("L6").flags()).isEmpty();
    }

    @Test
    void receivedInTheReportingCurrencyConvertsEachReceiptOnTheDayItArrived() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "EUR", "A1")
                .receipt("R1", "L1", "2024-03-31", "1000.00")
                .receipt("R2", "L1", "2024-06-30", "1000.00")
                .fxRate("EUR", "2024-01-01", "1.10").fxRate("EUR", "2024-07-01", "1.20").build();

        LicenseSummary s = LicenseSummaries.of(p, AS_OF).get("L1");

        // R1 arrives 2024-04-30 at 1.10, R2 arrives 2024-07-30 at 1.20
        assertThat(s.received()).isEqualByComparingTo("2000.00");
        assertThat(s.receivedInReporting()).isEqualByComparingTo("2300.00");
        assertThat(s.receiptCount()).isEqualTo(2);
    }

    @Test
    void withoutARateTheReportingValueIsUnknown() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "EUR", "A1")
                .receipt("R1", "L1", "2024-03-31", "1000.00").build();

        assertThat(LicenseSummaries.of(p, AS_OF).get("L1").receivedInReporting()).isNull();
    }

    @Test
    void reportedSalesAreTheTwelveMonthsUpToTheLatestReport() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
                .royalty("R1", "L1", "2024-03-31", "100", "10.00")
                .royalty("R2", "L1", "2024-06-30", "200", "20.00")
                .royalty("R3", "L1", "2024-09-30", "300", "30.00")
                .royalty("R4", "L1", "2024-12-31", "400", "40.00")
                .royalty("R5", "L1", "2025-03-31", "500", "50.00")
                .receipt("R6", "L1", "2025-06-30", "60.00")
                .build();

        LicenseSummary s = LicenseSummaries.of(p, AS_OF).get("L1");

        assertThat(s.reportedBase()).isEqualByComparingTo("1400");
        assertThat(s.reportedUntil()).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void aLicenseThatNeverReportedHasNoReportedSales() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1").build();

        LicenseSummary s = LicenseSummaries.of(p, AS_OF).get("L1");

        assertThat(s.reportedBase()).isNull();
        assertThat(s.receiptCount()).isZero();
    }
}
