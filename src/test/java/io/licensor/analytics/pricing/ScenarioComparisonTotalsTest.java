package io.licensor.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.TermsBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The studio's totals table columns that ScenarioComparison gives beside income, net and NPV. */
class ScenarioComparisonTotalsTest {

    @Test
    void theArticlesTiersEarn98000OfRoyaltiesAnEffectiveRateOf13Point07PercentWithoutTheFee() {
        RevenueScenario twoYears = new RevenueScenario(new BigDecimal("300000"), new BigDecimal("0.5"), 2,
                new BigDecimal("0.08"), null);
        ScenarioComparison.Result r = ScenarioComparison.compare(
                List.of(ScenarioComparisonTest.TIERED, ScenarioComparisonTest.FLAT), List.of(), twoYears);
        assertThat(r.structures().get(0).totalRoyalty()).isEqualByComparingTo("98000");
        assertThat(r.structures().get(0).effectiveRate()).isEqualByComparingTo("0.1306666666666667");
        assertThat(r.structures().get(1).totalRoyalty()).isEqualByComparingTo("75000");
        assertThat(r.structures().get(1).effectiveRate()).isEqualByComparingTo("0.1");
    }

    @Test
    void aMinimumTopUpCountsAsRoyaltyAndNoRevenueHasNoEffectiveRate() {
        RevenueScenario nothingSold = new RevenueScenario(BigDecimal.ZERO, BigDecimal.ZERO, 2, BigDecimal.ZERO, null);
        ScenarioComparison.StructureResult r = ScenarioComparison.compare(
                List.of(TermsBuilder.usd().flat("0.10").minimum("1000").build()), List.of(), nothingSold)
                .structures().get(0);
        assertThat(r.totalRoyalty()).isEqualByComparingTo("2000");
        assertThat(r.effectiveRate()).isNull();
    }
}
