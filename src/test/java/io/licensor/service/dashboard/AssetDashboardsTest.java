package io.licensor.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.dashboard.AssetDashboard.AssetLicense;
import io.licensor.service.dashboard.AssetDashboard.LicenseIncome;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An asset's dashboard on the demo portfolio and on small built portfolios. */
class AssetDashboardsTest {
    private static final Portfolio DEMO = DemoPortfolio.bundled();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final BigDecimal RATE = new BigDecimal("0.10");

    @Test
    void theIncomeOfEachQuarterIsTheAssetsShareOfEachLicense() {
        AssetDashboard a1 = AssetDashboards.of(DEMO, "A1", AS_OF, RATE);
        assertThat(a1.incomeByLicense()).extracting(LicenseIncome::licenseId).containsExactly("L1", "L2");
        IncomeHistory history = IncomeHistory.compute(DEMO, a1.quarters());
        for (int q = 0; q < a1.quarters().size(); q++) {
            int quarter = q;
            BigDecimal sum = a1.incomeByLicense().stream().map(l -> l.perQuarter().get(quarter))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(history.ofAsset("A1", q));
        }
    }

    @Test
    void theLastPointOfTheYieldTrendIsTheYieldOnTheDate() {
        AssetDashboard a1 = AssetDashboards.of(DEMO, "A1", AS_OF, RATE);
        assertThat(a1.yieldTrend()).hasSize(9);
        assertThat(a1.yieldTrend().get(8).yield()).isEqualByComparingTo(a1.figures().yield());
        assertThat(a1.valuation().amount().amount()).isEqualByComparingTo("120000");
    }

    @Test
    void onlyLicensesInForceCountTowardsTheNpvAndASharedLicenseCountsByHalf() {
        AssetDashboard a3 = AssetDashboards.of(DEMO, "A3", AS_OF, RATE);
        AssetLicense l6 = a3.licenses().get(0);
        BigDecimal whole = LicenseValues.compute(DEMO, AS_OF, RATE, l -> l.id().equals("L6")).total();
        assertThat(l6.npvShare()).isEqualByComparingTo(IncomeHistory.shareOf(whole, 2, 2, 0));
        assertThat(a3.npvOfActive()).isEqualByComparingTo(l6.npvShare());

        AssetDashboard a1 = AssetDashboards.of(DEMO, "A1", AS_OF, RATE);
        assertThat(a1.licenses()).extracting(AssetLicense::active).containsExactly(false, true);
        assertThat(a1.licenses().get(0).renewedBy()).isEqualTo("L2");
        assertThat(a1.npvOfActive()).isEqualByComparingTo(a1.licenses().get(1).npvShare());
    }

    @Test
    void theFlagsAreTheAssetsAndThoseOfItsLicenses() {
        AssetDashboard a2 = AssetDashboards.of(DEMO, "A2", AS_OF, RATE);
        assertThat(a2.flags()).extracting(f -> f.flag().code() + " " + f.flag().subjectId())
                .containsExactly("COPYLEFT_COMPONENT A2", "CROSS_BORDER_WITHHOLDING L3");
    }

    @Test
    void theFiguresAreTheMetricsOfTheAsset() {
        AssetDashboard a9 = AssetDashboards.of(DEMO, "A9", AS_OF, RATE);
        assertThat(a9.figures()).isEqualTo(PortfolioMetrics.compute(DEMO, AS_OF).asset("A9").orElseThrow());
        assertThat(a9.valuation()).isNull();
        assertThat(a9.licenses()).isEmpty();
    }

    @Test
    void reliefFromRoyaltyStartsFromTheAssetsShareOfReportedSalesAndTheRoyaltyPaidOnThem() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.DESIGN).asset("A2", AssetType.DESIGN)
                .license("L1", "USD", "A1", "A2")
                .royalty("R1", "L1", "2025-03-31", "30000", "3000")
                .royalty("R2", "L1", "2025-06-30", "10001", "1200")
                .royalty("R3", "L1", "2024-06-30", "99999", "9999") // before the window
                .build();
        AssetDashboard.ReliefStart start = AssetDashboards.of(p, "A2", LocalDate.of(2025, 12, 31), RATE).relief();
        // A2 gets 15,000.00 + 5,000.50 of the sales and 1,500.00 + 600.00 of the royalty
        assertThat(start.fromReports()).isTrue();
        assertThat(start.revenue()).isEqualByComparingTo("20000");
        assertThat(start.royaltyRate()).isEqualByComparingTo("0.105");
    }

    @Test
    void withoutReportedSalesTheCalculatorStartsFromRoundDefaults() {
        AssetDashboard.ReliefStart start = AssetDashboards.of(DEMO, "A9", AS_OF, RATE).relief();
        assertThat(start.fromReports()).isFalse();
        assertThat(start.revenue()).isEqualByComparingTo("100000");
        assertThat(start.royaltyRate()).isEqualByComparingTo("0.10");
    }

    @Test
    void anAssetThatIsNotThereIsRefusedByName() {
        assertThatThrownBy(() -> AssetDashboards.of(DEMO, "A99", AS_OF, RATE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A99");
    }
}
