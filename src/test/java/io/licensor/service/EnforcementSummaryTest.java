package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The Enforcement section's figures on the demo: all-time totals beside the metrics' twelve-month figures. */
class EnforcementSummaryTest {
    private final EnforcementSummary summary = EnforcementSummary.of(DemoPortfolio.bundled(), LocalDate.of(2026, 11, 27));

    @Test
    void allTimeTotalsSitBesideTheTwelveMonthFigures() {
        EnforcementSummary.AssetRow icons = summary.asset("A3").orElseThrow();
        assertThat(icons.net()).isEqualByComparingTo("500.00"); // monitoring in 2025 and 2026
        assertThat(icons.netLastTwelveMonths()).isEqualByComparingTo("260.00"); // only the 2026 monitoring
        assertThat(icons.exceedsIncome()).isFalse();
    }

    @Test
    void theTextureAssetIsMarkedAsCostingMoreThanItEarns() {
        EnforcementSummary.AssetRow textures = summary.asset("A9").orElseThrow();
        assertThat(textures.exceedsIncome()).isTrue();
        assertThat(textures.costRatio()).isNull();
        assertThat(summary.assetsWithEntries()).extracting(EnforcementSummary.AssetRow::assetId)
                .containsExactly("A1", "A2", "A3", "A4", "A9");
    }

    @Test
    void eachEntryIsValuedInTheReportingCurrencyAtItsOwnDate() {
        assertThat(summary.netInReporting("E6")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1404.00"));
        assertThat(summary.netInReporting("E3")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-1500.00"));
        assertThat(summary.totalNet()).isEqualByComparingTo("2804.00"); // 500 - 1,500 + 1,500 + 900 + 1,404
    }
}
