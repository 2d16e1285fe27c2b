package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** All-time enforcement totals per asset, attributed as metrics.md says. */
class EnforcementTotalsTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @Test
    void theDemosEntriesAddUpPerAssetOverAllTime() {
        EnforcementTotals totals = EnforcementTotals.compute(DemoPortfolio.bundled(), AS_OF);

        assertTotals(totals, "A3", 2, "500.00", "0.00", "500.00");
        assertTotals(totals, "A4", 1, "2000.00", "3500.00", "-1500.00");
        assertTotals(totals, "A1", 1, "1500.00", "0.00", "1500.00"); // the audit of license L1
        assertTotals(totals, "A2", 1, "1404.00", "0.00", "1404.00"); // 1,200 EUR at 1.17 on 2026-07-01
        assertTotals(totals, "A5", 0, "0.00", "0.00", "0.00");
        assertThat(totals.warnings()).isEmpty();
    }

    @Test
    void theNetOfEntriesInTheWindowIsTheMetricsNetEnforcementCost() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).asset("A2", AssetType.PATENT)
                .asset("A3", AssetType.DESIGN).license("L1", "EUR", "A1", "A2", "A3")
                .enforcementOnLicense("E1", "L1", "2026-03-01", "100.01", "33.33", "EUR")
                .enforcementOnAsset("E2", "A2", "2026-05-01", "70.00", "USD")
                .enforcementOnLicense("E3", "L1", "2026-06-01", "0.05", "0.10", "EUR")
                .fxRate("EUR", "2026-01-01", "1.1")
                .build();
        EnforcementTotals totals = EnforcementTotals.compute(p, AS_OF);
        MetricsSnapshot metrics = PortfolioMetrics.compute(p, AS_OF);

        for (AssetFigures figures : metrics.assets()) {
            assertThat(totals.asset(figures.assetId()).orElseThrow().net()).as(figures.assetId())
                    .isEqualTo(figures.netEnforcementCost());
        }
    }

    @Test
    void anEntryOfALicenseIsSplitOverItsAssetsWithTheRemainderToTheFirst() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).asset("A2", AssetType.PATENT)
                .asset("A3", AssetType.DESIGN).license("L1", "USD", "A2", "A1", "A3")
                .enforcementOnLicense("E1", "L1", "2025-03-01", "100.00", "10.00", "USD")
                .build();
        EnforcementTotals totals = EnforcementTotals.compute(p, AS_OF);

        assertTotals(totals, "A2", 1, "33.34", "3.34", "30.00");
        assertTotals(totals, "A1", 1, "33.33", "3.33", "30.00");
        assertTotals(totals, "A3", 1, "33.33", "3.33", "30.00");
    }

    @Test
    void entriesAfterTheAsOfDateOrWithoutARateAreLeftOut() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .enforcementOnAsset("E1", "A1", "2026-12-01", "100.00", "USD")
                .enforcement(new EnforcementEntry("E2", "A1", null, LocalDate.of(2026, 1, 5), EnforcementKind.LEGAL,
                        new BigDecimal("50"), BigDecimal.ZERO, Currency.getInstance("GBP"), null))
                .enforcementOnAsset("E3", "A1", "2026-02-01", "20.00", "USD")
                .build();
        EnforcementTotals totals = EnforcementTotals.compute(p, AS_OF);

        assertTotals(totals, "A1", 1, "20.00", "0.00", "20.00");
        assertThat(totals.warnings()).containsExactly("enforcement entry E2: no GBP rate on or before 2026-01-05");
    }

    private static void assertTotals(EnforcementTotals totals, String asset, int entries, String cost,
            String recovered, String net) {
        EnforcementTotals.AssetTotals a = totals.asset(asset).orElseThrow();
        assertThat(a.entries()).as("entries of %s", asset).isEqualTo(entries);
        assertThat(a.cost()).as("cost of %s", asset).isEqualTo(new BigDecimal(cost));
        assertThat(a.recovered()).as("recovered of %s", asset).isEqualTo(new BigDecimal(recovered));
        assertThat(a.net()).as("net of %s", asset).isEqualTo(new BigDecimal(net));
    }
}
