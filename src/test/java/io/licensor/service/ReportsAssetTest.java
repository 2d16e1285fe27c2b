package io.licensor.service;

import static io.licensor.service.ReportsStatementTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.exchange.report.AssetReportData;
import io.licensor.exchange.report.ReportFormats;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** The asset report on the demo portfolio: its figures are PortfolioMetrics', its chart the income history's. */
class ReportsAssetTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final Portfolio DEMO = DemoPortfolio.bundled();
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void theReportShowsTheMetricsFiguresOfTheAsset() throws IOException {
        AssetFigures f = PortfolioMetrics.compute(DEMO, AS_OF).asset("A1").orElseThrow();
        String text = text(Reports.assetPdf(Reports.asset(DEMO, "A1", AS_OF)));

        assertThat(text).contains("Asset report: Churn predictor (ML model)", "Type AI model",
                "Licensing income " + ReportFormats.money(f.licensingIncome(), USD),
                "Yield " + ReportFormats.ratio(f.yield()) + " of the latest valuation",
                "Net enforcement cost " + ReportFormats.money(f.netEnforcementCost(), USD),
                "Enforcement cost ratio " + ReportFormats.ratio(f.enforcementCostRatio()) + " of licensing income",
                "Latest valuation 120,000.00 USD (2025-01-01)");
        assertThat(f.licensingIncome()).isPositive();
    }

    @Test
    void theReportListsTheAssetsLicensesWithTheirShortfallAndExplainsTheFlag() throws IOException {
        String text = text(Reports.assetPdf(Reports.asset(DEMO, "A1", AS_OF)));
        assertThat(text).contains("L1 Acme Analytics Inc. 2024-01-01 to 2025-12-31 not in force USD 97,021.52 "
                + "95,271.52 1,750.00", "Under-payment \u2013 license L1 (Acme Analytics Inc.)", "What to do:");
    }

    @Test
    void theChartHasOneBarPerQuarterAndALegendEntryPerLicense() throws IOException {
        AssetReportData data = Reports.asset(DEMO, "A1", AS_OF);
        assertThat(data.quarters()).hasSize(Reports.QUARTERS).startsWith("2025 Q1").endsWith("2026 Q4");
        assertThat(data.income()).extracting(AssetReportData.Series::licenseId).containsExactly("L1", "L2");
        String text = text(Reports.assetPdf(data));
        assertThat(text).contains("2025 Q1", "2026 Q4", "L1 Acme Analytics Inc.", "L2 Acme Analytics Inc.");
        // the quarters inside the trailing twelve months add up to the metrics' income of the asset
        BigDecimal lastFour = BigDecimal.ZERO;
        for (AssetReportData.Series s : data.income()) {
            for (int q = 4; q < 8; q++) {
                lastFour = lastFour.add(s.perQuarter().get(q));
            }
        }
        assertThat(lastFour).isPositive();
    }

    @Test
    void aStrongCopyleftComponentIsMarkedAndItsFlagExplained() throws IOException {
        AssetReportData data = Reports.asset(DEMO, "A2", AS_OF);
        assertThat(data.copyleft()).containsExactly("ghost-pdf-bridge");
        String text = text(Reports.assetPdf(data));
        assertThat(text).contains("ghost-pdf-bridge GPL-3.0-only Strong copyleft", "tess4j Apache-2.0",
                "Strong-copyleft component \u2013 asset A2");
        assertThat(text.lines().filter(l -> l.startsWith("tess4j"))).allMatch(l -> !l.contains("copyleft"));
    }

    @Test
    void anAiGeneratedAssetWithoutProvenanceSaysSo() throws IOException {
        String text = text(Reports.assetPdf(Reports.asset(DEMO, "A9", AS_OF)));
        assertThat(text).contains("AI-generated; no provenance record", "AI provenance missing \u2013 asset A9",
                "No license covers this asset.", "Yield not available");
    }

    @Test
    void anUnknownAssetIsRefusedByName() {
        assertThatThrownBy(() -> Reports.asset(DEMO, "A99", AS_OF)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("there is no asset A99");
    }
}
