package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.SalesPeriod;
import io.licensor.analytics.pricing.EffectiveRoyaltyRate;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Portfolio;
import io.licensor.model.RoyaltyTerms;
import io.licensor.service.DemoPortfolio;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LicenseValuesTest {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    private static RoyaltyTerms flatWithFee(String currency, String rate, String fee) {
        RoyaltyTerms flat = RoyaltyTerms.flat(currency, START, rate);
        return new RoyaltyTerms(flat.currency(), START, Money.of(fee, currency), flat.advance(), flat.basis(),
                flat.tiers(), flat.tierMode(), flat.tierReset(), flat.minimumAnnual(), flat.annualCap(),
                flat.withholdingRate());
    }

    /** docs/analytics.md's NPV example: 5,000 upfront, then 1,000 at the end of each quarter of 2024, at 10 %. */
    private static PortfolioBuilder docsExample() {
        return new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", START, flatWithFee("USD", "0.10", "5000"), "A1")
                .royalty("R1", "L1", "2024-03-31", "10000", "1000")
                .royalty("R2", "L1", "2024-06-30", "10000", "1000")
                .royalty("R3", "L1", "2024-09-30", "10000", "1000")
                .royalty("R4", "L1", "2024-12-31", "10000", "1000");
    }

    @Test
    void aLicensesNpvIsTheEnginesOnItsReportsUpToTheAsOfDate() {
        LicenseValues.Result result = LicenseValues.compute(docsExample().build(), LocalDate.of(2025, 1, 31),
                new BigDecimal("0.10"), l -> true);
        assertThat(result.value("L1").orElseThrow().npv()).isEqualByComparingTo("8770.02");
        assertThat(result.total()).isEqualByComparingTo("8770.02");
        assertThat(result.value("L1").orElseThrow().periods()).isEqualTo(4);
    }

    @Test
    void reportsForPeriodsEndingAfterTheAsOfDateDoNotCount() {
        Portfolio p = docsExample().build();
        LicenseValues.Result result = LicenseValues.compute(p, LocalDate.of(2024, 9, 29), new BigDecimal("0.10"),
                l -> true);
        RoyaltySchedule twoQuarters = RoyaltyEngine.simulate(p.licenses().get(0).terms(),
                List.of(SalesPeriod.of("2024-03-31", "10000"), SalesPeriod.of("2024-06-30", "10000")),
                new BigDecimal("0.10"));
        assertThat(result.value("L1").orElseThrow().npv()).isEqualByComparingTo(twoQuarters.npv());
    }

    @Test
    void aForeignLicensesNpvIsConvertedAtTheRateOnTheAsOfDate() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", START, flatWithFee("EUR", "0.10", "1000"), "A1")
                .fxRate("EUR", "2024-01-01", "1.10").fxRate("EUR", "2025-01-01", "1.2").build();
        LicenseValues.Result result = LicenseValues.compute(p, LocalDate.of(2025, 6, 30), BigDecimal.ZERO,
                l -> true);
        LicenseValues.Value value = result.value("L1").orElseThrow();
        assertThat(value.npv()).isEqualByComparingTo("1000.00");
        assertThat(value.npvConverted()).isEqualByComparingTo("1200.00");
        assertThat(result.total()).isEqualByComparingTo("1200.00");
    }

    @Test
    void withoutAnExchangeRateTheLicenseHasNoConvertedValueAndAWarning() {
        Portfolio p = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", START, flatWithFee("CHF", "0.10", "1000"), "A1").build();
        LicenseValues.Result result = LicenseValues.compute(p, LocalDate.of(2025, 6, 30), BigDecimal.ZERO,
                l -> true);
        assertThat(result.value("L1").orElseThrow().npvConverted()).isNull();
        assertThat(result.total()).isZero();
        assertThat(result.warnings()).containsExactly("license L1: NPV: no CHF rate on or before 2025-06-30");
    }

    @Test
    void reportsTheEngineRefusesLeaveTheLicenseOutWithAWarningNamingIt() {
        Portfolio p = docsExample().royalty("R5", "L1", "2024-12-31", "10000", "1000").build();
        LicenseValues.Result result = LicenseValues.compute(p, LocalDate.of(2025, 6, 30), BigDecimal.ZERO,
                l -> true);
        assertThat(result.values()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().startsWith("license L1: NPV not computed");
    }

    @Test
    void onlyTheLicensesAskedForAreValued() {
        Portfolio demo = DemoPortfolio.bundled();
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        LicenseValues.Result result = LicenseValues.compute(demo, asOf, new BigDecimal("0.08"),
                LicenseValues.activeOn(asOf));
        assertThat(result.values()).extracting(LicenseValues.Value::licenseId)
                .containsExactlyElementsOf(demo.licenses().stream().filter(l -> l.isActiveOn(asOf))
                        .map(License::id).toList());
        BigDecimal sum = result.values().stream().map(LicenseValues.Value::npvConverted)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(result.total()).isEqualByComparingTo(sum);
    }

    @Test
    void theEffectiveRateIsEarnedOverReportedSalesForSalesTermsOnly() {
        Portfolio demo = DemoPortfolio.bundled();
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        LicenseValues.Result result = LicenseValues.compute(demo, asOf, BigDecimal.ZERO, l -> true);
        assertThat(result.value("L5").orElseThrow().effectiveRate()).isEqualByComparingTo("0.35");
        assertThat(result.value("L4").orElseThrow().effectiveRate()).as("per-unit terms").isNull();
        RoyaltySchedule l1 = RoyaltyEngine.simulate(demo.licenses().get(0).terms(), List.of(), null);
        assertThat(EffectiveRoyaltyRate.of(l1)).as("no sales, no rate").isNull();
    }

    @Test
    void aDiscountRateOfMinusOneHundredPercentIsRefused() {
        assertThatThrownBy(() -> LicenseValues.compute(docsExample().build(), START, new BigDecimal("-1"),
                l -> true)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
