package io.licensor.service.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.MaturityModel;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.dashboard.PortfolioDashboard.AssetIncome;
import io.licensor.service.dashboard.PortfolioDashboard.CountryIncome;
import io.licensor.service.dashboard.PortfolioDashboard.EndingLicense;
import io.licensor.service.dashboard.PortfolioDashboard.QuarterIncome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The portfolio dashboard on the demo portfolio, as of the demo's own date. */
class PortfolioDashboardsTest {
    private static final Portfolio DEMO = DemoPortfolio.bundled();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final BigDecimal RATE = new BigDecimal("0.10");

    private final PortfolioDashboard dashboard = PortfolioDashboards.of(DEMO, AS_OF, RATE);
    private final MetricsSnapshot metrics = PortfolioMetrics.compute(DEMO, AS_OF);

    @Test
    void theFiguresAreTheMetricsOfTheSameDate() {
        assertThat(dashboard.metrics()).isEqualTo(metrics);
        assertThat(dashboard.currency().getCurrencyCode()).isEqualTo("USD");
    }

    @Test
    void eightQuartersEndWithTheQuarterSoFarAndEachAddsUpItsAssetTypes() {
        assertThat(dashboard.quarters()).hasSize(8);
        QuarterIncome last = dashboard.quarters().get(7);
        assertThat(last.range().upTo()).isEqualTo(AS_OF);
        assertThat(last.partial()).isTrue();
        assertThat(dashboard.quarters().get(6).partial()).isFalse();
        assertThat(dashboard.quarters().get(6).range().upTo()).isEqualTo(LocalDate.of(2026, 9, 30));
        for (QuarterIncome q : dashboard.quarters()) {
            BigDecimal sum = q.byType().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(q.total());
        }
    }

    @Test
    void theFourQuartersOfAYearEndingOnAQuarterEndAddUpToItsTrailingIncome() {
        LocalDate yearEnd = LocalDate.of(2025, 12, 31);
        PortfolioDashboard atYearEnd = PortfolioDashboards.of(DEMO, yearEnd, RATE);
        BigDecimal lastFour = atYearEnd.quarters().subList(4, 8).stream().map(QuarterIncome::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(lastFour).isEqualByComparingTo(atYearEnd.metrics().portfolio().licensingIncome());
    }

    @Test
    void incomeByTypeIsTheSumOfItsAssetsIncome() {
        Map<String, Asset> assets = DEMO.assets().stream().collect(Collectors.toMap(Asset::id, Function.identity()));
        LocalDate yearEnd = LocalDate.of(2025, 12, 31);
        PortfolioDashboard atYearEnd = PortfolioDashboards.of(DEMO, yearEnd, RATE);
        BigDecimal designIncome = atYearEnd.quarters().subList(4, 8).stream()
                .map(q -> q.byType().getOrDefault(AssetType.DESIGN, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = atYearEnd.metrics().assets().stream()
                .filter(a -> assets.get(a.assetId()).type() == AssetType.DESIGN)
                .map(AssetFigures::licensingIncome).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(designIncome).isEqualByComparingTo(expected);
    }

    @Test
    void topAssetsAreTheHighestEarnersMostFirst() {
        assertThat(dashboard.topAssets()).hasSizeLessThanOrEqualTo(PortfolioDashboards.TOP_ASSETS)
                .extracting(AssetIncome::income).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        BigDecimal best = metrics.assets().stream().map(AssetFigures::licensingIncome).max(BigDecimal::compareTo)
                .orElseThrow();
        assertThat(dashboard.topAssets().get(0).income()).isEqualByComparingTo(best);
    }

    @Test
    void incomeByCountryAddsUpToThePortfolioIncome() {
        BigDecimal sum = dashboard.countries().stream().map(CountryIncome::income)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(metrics.portfolio().licensingIncome());
        assertThat(dashboard.countries()).extracting(CountryIncome::country).contains("US", "DE");
        assertThat(dashboard.countries().get(0).country()).isEqualTo("US");
    }

    @Test
    void licensesEndingWithinNinetyDaysAreListedSoonestFirst() {
        assertThat(dashboard.endingSoon()).extracting(EndingLicense::licenseId).containsExactly("L5", "L9");
        EndingLicense l5 = dashboard.endingSoon().get(0);
        assertThat(l5.end()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(l5.daysLeft()).isEqualTo(34);
        assertThat(l5.renewedBy()).isNull();
    }

    @Test
    void aRenewedLicenseEndingSoonNamesItsRenewal() {
        PortfolioDashboard before = PortfolioDashboards.of(DEMO, LocalDate.of(2025, 11, 30), RATE);
        assertThat(before.endingSoon()).filteredOn(e -> e.licenseId().equals("L1")).singleElement()
                .extracting(EndingLicense::renewedBy).isEqualTo("L2");
    }

    @Test
    void eachFlagCarriesTheNameOfWhatItIsAboutAndWhereToGo() {
        assertThat(dashboard.flags()).hasSize(metrics.flags().size());
        FlagItem a9 = dashboard.flags().get(0);
        assertThat(a9.flag().assetId()).isEqualTo("A9");
        assertThat(a9.subjectName()).isEqualTo("Procedural stone texture pack");
        assertThat(a9.assetId()).isEqualTo("A9");
        FlagItem l3 = dashboard.flags().stream().filter(f -> "L3".equals(f.flag().licenseId())).findFirst()
                .orElseThrow();
        assertThat(l3.aboutLicense()).isTrue();
        assertThat(l3.subjectName()).isEqualTo("Bergmann Software GmbH");
        assertThat(l3.assetId()).isEqualTo("A2");
    }

    @Test
    void theNpvIsThatOfTheLicensesInForceOnTheDate() {
        LicenseValues.Result expected = LicenseValues.compute(DEMO, AS_OF, RATE, LicenseValues.activeOn(AS_OF));
        assertThat(dashboard.npv().total()).isEqualByComparingTo(expected.total());
        assertThat(dashboard.npv().values()).extracting(LicenseValues.Value::licenseId).doesNotContain("L1", "L8");
    }

    @Test
    void maturityAndRatesComeFromTheLicensesInForce() {
        assertThat(dashboard.maturity()).isEqualTo(MaturityModel.assess(DEMO, AS_OF));
        assertThat(dashboard.rates()).extracting(PortfolioDashboard.LicenseRate::licenseId)
                .doesNotContain("L4", "L1").contains("L2", "L5");
        PortfolioDashboard.LicenseRate l5 = dashboard.rates().stream().filter(r -> r.licenseId().equals("L5"))
                .findFirst().orElseThrow();
        assertThat(l5.effectiveRate()).isEqualByComparingTo("0.35");
        assertThat(l5.contractRates()).containsExactly(new BigDecimal("0.35"));
    }

    @Test
    void theDemoHasNoWarnings() {
        assertThat(dashboard.warnings()).isEmpty();
    }
}
