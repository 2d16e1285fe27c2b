package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.metrics.IncomeHistory.Range;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.service.DemoPortfolio;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncomeHistoryTest {

    private static final Portfolio DEMO = DemoPortfolio.bundled();

    @ParameterizedTest(name = "as of {0}")
    @CsvSource(textBlock = """
            2026-11-27
            2025-12-31
            2025-06-30
            2024-03-31
            """)
    void overTheTrailingYearEveryAssetEarnsItsMetricsLicensingIncome(LocalDate asOf) {
        MetricsSnapshot metrics = PortfolioMetrics.compute(DEMO, asOf);
        IncomeHistory history = IncomeHistory.compute(DEMO, List.of(Range.trailingYear(asOf)));
        for (AssetFigures asset : metrics.assets()) {
            assertThat(history.ofAsset(asset.assetId(), 0)).as(asset.assetId())
                    .isEqualByComparingTo(asset.licensingIncome());
        }
    }

    @Test
    void aLicensesIncomeIsSplitOverItsAssetsWithTheLeftoverCentsToTheFirst() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.DESIGN).asset("A2", AssetType.DESIGN)
                .license("L1", "USD", "A1", "A2").receipt("R1", "L1", "2025-03-31", "100.01").build();
        IncomeHistory history = IncomeHistory.compute(p, List.of(Range.trailingYear(LocalDate.of(2025, 12, 31))));
        assertThat(history.share("L1", "A1", 0)).isEqualByComparingTo("50.01");
        assertThat(history.share("L1", "A2", 0)).isEqualByComparingTo("50.00");
        assertThat(history.ofLicense("L1", 0)).isEqualByComparingTo("100.01");
        assertThat(history.ofAsset("A2", 0)).isEqualByComparingTo("50.00");
    }

    @Test
    void eachReceiptCountsInEveryRangeHoldingItsReceivedDateEdgesIncluded() {
        // receipts arrive a month after the period: 2025-04-30 and 2025-07-30
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "USD", "A1")
                .receipt("R1", "L1", "2025-03-31", "10.00").receipt("R2", "L1", "2025-06-30", "20.00").build();
        List<Range> ranges = List.of(new Range(LocalDate.of(2025, 4, 30), LocalDate.of(2025, 7, 31)),
                new Range(LocalDate.of(2025, 4, 29), LocalDate.of(2025, 7, 29)),
                new Range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        IncomeHistory history = IncomeHistory.compute(p, ranges);
        assertThat(history.ofAsset("A1", 0)).isEqualByComparingTo("20.00");
        assertThat(history.ofAsset("A1", 1)).isEqualByComparingTo("10.00");
        assertThat(history.ofAsset("A1", 2)).isEqualByComparingTo("30.00");
    }

    @Test
    void foreignReceiptsAreConvertedOnTheirDateAndOnesWithoutARateAreLeftOutWithAWarning() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).asset("A2", AssetType.SOFTWARE)
                .license("L1", start, RoyaltyTerms.flat("EUR", start, "0.1"), "A1")
                .license("L2", start, RoyaltyTerms.flat("CHF", start, "0.1"), "A2")
                .fxRate("EUR", "2025-01-01", "1.10").fxRate("EUR", "2025-05-01", "1.20")
                .receipt("R1", "L1", "2025-03-31", "100.00") // received 2025-04-30: 1.10
                .receipt("R2", "L1", "2025-06-30", "100.00") // received 2025-07-30: 1.20
                .receipt("R3", "L2", "2025-06-30", "100.00").build();
        IncomeHistory history = IncomeHistory.compute(p, List.of(Range.trailingYear(LocalDate.of(2025, 12, 31))));
        assertThat(history.ofAsset("A1", 0)).isEqualByComparingTo("230.00");
        assertThat(history.ofAsset("A2", 0)).isEqualByComparingTo("0");
        assertThat(history.warnings()).containsExactly("receipt R3: no CHF rate on or before 2025-07-30");
    }

    @Test
    void licensesLeftOutByTheFilterEarnNothing() {
        IncomeHistory history = IncomeHistory.compute(DEMO, List.of(Range.trailingYear(LocalDate.of(2026, 11, 27))),
                (License l) -> l.id().equals("L1"));
        assertThat(history.ofLicense("L1", 0)).isPositive();
        assertThat(history.ofLicense("L6", 0)).isZero();
        assertThat(history.ofAsset("A3", 0)).isZero();
    }

    @Test
    void calendarQuartersEndWithTheQuarterSoFar() {
        assertThat(IncomeHistory.calendarQuarters(LocalDate.of(2026, 11, 27), 3)).containsExactly(
                new Range(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 6, 30)),
                new Range(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30)),
                new Range(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 11, 27)));
        assertThat(IncomeHistory.calendarQuarters(LocalDate.of(2025, 1, 1), 2)).containsExactly(
                new Range(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31)),
                new Range(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void fourQuartersEndingOnAQuarterEndAddUpToThatDatesTrailingYear() {
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        List<Range> quarters = IncomeHistory.calendarQuarters(asOf, 4);
        IncomeHistory history = IncomeHistory.compute(DEMO, quarters);
        MetricsSnapshot metrics = PortfolioMetrics.compute(DEMO, asOf);
        for (AssetFigures asset : metrics.assets()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int q = 0; q < 4; q++) {
                sum = sum.add(history.ofAsset(asset.assetId(), q));
            }
            assertThat(sum).as(asset.assetId()).isEqualByComparingTo(asset.licensingIncome());
        }
    }

    @Test
    void aNegativeAmountIsSplitByItsSizeWithTheSignKept() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.DESIGN).asset("A2", AssetType.DESIGN)
                .license("L1", "USD", "A1", "A2")
                .receipt(new Receipt("R1", "L1", ReceiptKind.OTHER, null, LocalDate.of(2025, 3, 31), null, null,
                        new BigDecimal("-0.03"), BigDecimal.ZERO, LocalDate.of(2025, 4, 2))).build();
        IncomeHistory history = IncomeHistory.compute(p, List.of(Range.trailingYear(LocalDate.of(2025, 12, 31))));
        assertThat(history.share("L1", "A1", 0)).isEqualByComparingTo("-0.02");
        assertThat(history.share("L1", "A2", 0)).isEqualByComparingTo("-0.01");
    }
}
