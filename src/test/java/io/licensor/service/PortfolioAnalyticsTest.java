package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.Money;
import io.licensor.model.Portfolio;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboards' service on a real H2 portfolio. */
class PortfolioAnalyticsTest {
    private static final Valuation RFR = new Valuation(LocalDate.of(2026, 11, 27), Money.of("155079.75", "USD"),
            ValuationMethod.RELIEF_FROM_ROYALTY);
    @TempDir Path folder;
    private PortfolioService service;
    private PortfolioAnalytics analytics;

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().fullAsset("A1").license("L1", "USD", "A1")
                .royalty("R1", "L1", "2026-06-30", "10000", "1000.00").build());
        analytics = new PortfolioAnalytics(service);
    }

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void theDashboardIsComputedFromThePortfolioAsStored() {
        Portfolio read = analytics.load();
        assertThat(read).isEqualTo(service.snapshot());
        assertThat(analytics.dashboard(read, LocalDate.of(2026, 11, 27), new BigDecimal("0.1")).metrics()
                .portfolio().licensingIncome()).isEqualByComparingTo("1000.00");
        assertThat(analytics.assetDashboard(read, "A1", LocalDate.of(2026, 11, 27), new BigDecimal("0.1"))
                .figures().licensingIncome()).isEqualByComparingTo("1000.00");
    }

    @Test
    void aValuationIsAddedAfterTheOthersAndTakenBackWithoutTouchingLaterChanges() {
        Asset before = service.asset("A1").orElseThrow();
        assertThat(analytics.addValuation("A1", RFR)).isEqualTo(before);
        assertThat(service.asset("A1").orElseThrow().valuations()).hasSize(3).last().isEqualTo(RFR);

        service.saveAsset(service.asset("A1").orElseThrow().withTitle("Renamed meanwhile"));
        assertThat(analytics.removeValuation("A1", RFR)).isTrue();
        Asset after = service.asset("A1").orElseThrow();
        assertThat(after.valuations()).isEqualTo(before.valuations());
        assertThat(after.title()).isEqualTo("Renamed meanwhile");
        assertThat(analytics.removeValuation("A1", RFR)).as("already gone").isFalse();
    }

    @Test
    void aValuationOfAnAssetThatIsGoneIsRefusedByName() {
        assertThatThrownBy(() -> analytics.addValuation("A9", RFR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A9");
        assertThat(analytics.removeValuation("A9", RFR)).isFalse();
        assertThat(service.assets()).extracting(Asset::id).isEqualTo(List.of("A1"));
    }
}
