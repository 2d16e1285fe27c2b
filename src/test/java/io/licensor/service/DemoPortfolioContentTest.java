package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.model.TierMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The demo portfolio is what a newcomer sees first, so it must tell a true story: its receipts were laid out by
 * tools/make-demo.py, and here the real engine and metrics check that story (one under-paid period, the intended
 * flags and no others).
 */
class DemoPortfolioContentTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private final Portfolio demo = DemoPortfolio.bundled();
    private final MetricsSnapshot metrics = PortfolioMetrics.compute(demo, AS_OF);

    @Test
    void demoHasTheMixTheIssueAsksFor() {
        assertThat(demo.assets()).hasSizeBetween(10, 15);
        assertThat(demo.assets()).extracting(a -> a.type()).contains(AssetType.SOFTWARE, AssetType.DESIGN,
                AssetType.DATASET, AssetType.AI_MODEL, AssetType.PATENT, AssetType.TRADEMARK, AssetType.COPYRIGHT);
        assertThat(demo.licenses()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(demo.licenses()).anyMatch(l -> l.terms().tiers().size() > 1
                && l.terms().tierMode() == TierMode.MARGINAL);
        assertThat(demo.licenses()).anyMatch(l -> l.terms().tierMode() == TierMode.WHOLE_VOLUME);
        assertThat(demo.licenses()).anyMatch(l -> l.renewalOf() != null);
        assertThat(demo.enforcement()).isNotEmpty();
    }

    @Test
    void onlyAcmesSecondQuarterOf2025IsUnderPaid() {
        LicenseFigures l1 = metrics.license("L1").orElseThrow();
        assertThat(l1.shortfall()).isEqualByComparingTo("1750.00");
        for (LicenseFigures l : metrics.licenses()) {
            if (!l.licenseId().equals("L1")) {
                assertThat(l.shortfall() == null ? BigDecimal.ZERO : l.shortfall()).as("shortfall of %s", l.licenseId()).isEqualByComparingTo(BigDecimal.ZERO);
            }
        }
    }

    @Test
    void demoRaisesExactlyTheIntendedFlags() {
        List<String> flags = metrics.flags().stream().map(DemoPortfolioContentTest::describe).toList();
        assertThat(flags).containsExactly(
                "AI_PROVENANCE_MISSING A9",
                "COPYLEFT_COMPONENT A2",
                "CROSS_BORDER_WITHHOLDING L3",
                "ENFORCEMENT_EXCEEDS_INCOME A9",
                "EXPIRING_WITHOUT_RENEWAL L5",
                "EXPIRING_WITHOUT_RENEWAL L9",
                "STATEMENT_OVERDUE L11",
                "UNCLEAR_OWNERSHIP A11",
                "UNDERPAYMENT L1");
        assertThat(metrics.warnings()).isEmpty();
    }

    private static String describe(RiskFlag f) {
        return f.code() + " " + f.subjectId();
    }
}
