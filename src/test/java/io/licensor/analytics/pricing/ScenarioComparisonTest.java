package io.licensor.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.TermsBuilder;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioComparisonTest {
    static final RoyaltyTerms TIERED = TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18")
            .upfront("5000").build();
    static final RoyaltyTerms FLAT = TermsBuilder.usd().flat("0.10").build();

    static List<BigDecimal> points(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void theArticlesTwoYearsOf750000PayTheTieredStructure103000AgainstFlat75000() {
        // 300,000 then 450,000 (+50 %): 750,000 over two years
        RevenueScenario twoYears = new RevenueScenario(new BigDecimal("300000"), new BigDecimal("0.5"), 2,
                new BigDecimal("0.08"), null);
        ScenarioComparison.Result r = ScenarioComparison.compare(List.of(TIERED, FLAT), points(), twoYears);
        ScenarioComparison.StructureResult tiered = r.structures().get(0);
        assertThat(tiered.years()).extracting(y -> y.income().toPlainString()).containsExactly("34000.00", "69000.00");
        assertThat(tiered.years()).extracting(y -> y.cumulativeIncome().toPlainString())
                .containsExactly("34000.00", "103000.00");
        assertThat(tiered.totalIncome()).isEqualByComparingTo("103000");
        assertThat(tiered.npv()).isEqualByComparingTo("91008.23");
        ScenarioComparison.StructureResult flat = r.structures().get(1);
        assertThat(flat.totalIncome()).isEqualByComparingTo("75000");
        assertThat(flat.years()).extracting(y -> y.base().toPlainString()).containsExactly("300000.00", "450000.00");
    }

    @Test
    void theCurvesAreTheFirstYearIncomeAtEachPoint() {
        List<BigDecimal> xs = points("0", "50000", "100000", "350000", "750000");
        RevenueScenario s = new RevenueScenario(BigDecimal.ZERO, BigDecimal.ZERO, 1, BigDecimal.ZERO, null);
        ScenarioComparison.Result r = ScenarioComparison.compare(List.of(TIERED, FLAT), xs, s);
        assertThat(r.structures().get(0).curve()).extracting(BigDecimal::toPlainString)
                .containsExactly("5000.00", "7500.00", "10000.00", "40000.00", "103000.00");
        assertThat(r.structures().get(1).curve()).extracting(BigDecimal::toPlainString)
                .containsExactly("0.00", "5000.00", "10000.00", "35000.00", "75000.00");
        assertThat(r.breakEvens()).hasSize(1);
        assertThat(r.breakEvens().get(0).comparison().crossings())
                .containsExactly(new Crossing(new BigDecimal("1E+5"), false, 0));
    }

    @Test
    void aWithholdingOverrideReplacesEachStructuresOwnRate() {
        RevenueScenario s = new RevenueScenario(new BigDecimal("100000"), BigDecimal.ZERO, 3, BigDecimal.ZERO,
                Rate.of("0.15"));
        ScenarioComparison.StructureResult flat = ScenarioComparison.compare(List.of(FLAT), points(), s)
                .structures().get(0);
        assertThat(flat.years()).extracting(y -> y.net().toPlainString())
                .containsExactly("8500.00", "8500.00", "8500.00");
        assertThat(flat.years().get(2).cumulativeNet()).isEqualByComparingTo("25500");
        assertThat(flat.totalNet()).isEqualByComparingTo("25500");
        assertThat(flat.npv()).isEqualByComparingTo("25500");
    }

    @Test
    void growthCompoundsExactlyAndRoundsEachYearsBaseToMinorUnits() {
        RevenueScenario s = new RevenueScenario(new BigDecimal("1000"), new BigDecimal("0.333"), 4, BigDecimal.ZERO,
                null);
        ScenarioComparison.StructureResult r = ScenarioComparison.compare(List.of(FLAT), points(), s)
                .structures().get(0);
        // 1000, 1333, 1776.889, 2368.593037
        assertThat(r.years()).extracting(y -> y.base().toPlainString())
                .containsExactly("1000.00", "1333.00", "1776.89", "2368.59");
    }

    @Test
    void fourStructuresGiveSixPairsOfBreakEvens() {
        List<RoyaltyTerms> four = List.of(TIERED, FLAT, TermsBuilder.usd().flat("0.08").minimum("10000").build(),
                TermsBuilder.usd().tiers("0:0.05", "100000:0.12").wholeVolume().cap("50000").build());
        RevenueScenario s = new RevenueScenario(new BigDecimal("200000"), new BigDecimal("0.1"), 10,
                new BigDecimal("0.1"), null);
        ScenarioComparison.Result r = ScenarioComparison.compare(four, points("0", "1000000"), s);
        assertThat(r.breakEvens()).extracting(b -> b.first() + "-" + b.second())
                .containsExactly("0-1", "0-2", "0-3", "1-2", "1-3", "2-3");
        assertThat(r.structures()).allSatisfy(x -> assertThat(x.years()).hasSize(10));
        IncomeCurve capped = r.breakEvens().get(5).comparison().second();
        assertThat(capped.at(new BigDecimal("1000000"))).isEqualByComparingTo("50000");
    }

    @Test
    void refusesStructuresInDifferentCurrencies() {
        RevenueScenario s = new RevenueScenario(BigDecimal.ONE, BigDecimal.ZERO, 1, BigDecimal.ZERO, null);
        assertThatThrownBy(() -> ScenarioComparison.compare(List.of(FLAT, TermsBuilder.in("EUR").flat("0.1").build()),
                points(), s)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same currency");
    }

    @Test
    void refusesAScenarioThatCannotBeComputed() {
        assertThatThrownBy(() -> new RevenueScenario(BigDecimal.ONE, new BigDecimal("-1"), 1, BigDecimal.ZERO, null))
                .hasMessageContaining("growth");
        assertThatThrownBy(() -> new RevenueScenario(BigDecimal.ONE, BigDecimal.ZERO, 0, BigDecimal.ZERO, null))
                .hasMessageContaining("years");
    }
}
