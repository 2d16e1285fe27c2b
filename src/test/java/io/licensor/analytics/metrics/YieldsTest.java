package io.licensor.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Portfolio;
import io.licensor.service.DemoPortfolio;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YieldsTest {
    private static final Portfolio DEMO = DemoPortfolio.bundled();
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            A1
            A2
            A3
            A8
            A9
            """)
    void eachPointOfTheTrendIsTheMetricsYieldOnThatDate(String assetId) {
        List<LocalDate> dates = Yields.quarterEndsThen(AS_OF, 8);
        List<Yields.Point> trend = Yields.trend(DEMO, assetId, dates);
        assertThat(trend).extracting(Yields.Point::asOf).containsExactlyElementsOf(dates);
        for (Yields.Point point : trend) {
            BigDecimal expected = PortfolioMetrics.compute(DEMO, point.asOf()).asset(assetId).orElseThrow().yield();
            if (expected == null) {
                assertThat(point.yield()).as("%s on %s", assetId, point.asOf()).isNull();
            } else {
                assertThat(point.yield()).as("%s on %s", assetId, point.asOf()).isEqualByComparingTo(expected);
            }
        }
    }

    @Test
    void theTrendDatesAreTheQuarterEndsBeforeTheAsOfDateThenTheDateItself() {
        assertThat(Yields.quarterEndsThen(AS_OF, 3)).containsExactly(LocalDate.of(2026, 3, 31),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30), AS_OF);
        assertThat(Yields.quarterEndsThen(LocalDate.of(2025, 12, 31), 1)).containsExactly(
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31));
    }

    @Test
    void thePortfolioYieldIsTheIncomeOfTheValuedAssetsOverTheirValue() {
        MetricsSnapshot metrics = PortfolioMetrics.compute(DEMO, AS_OF);
        Yields.PortfolioYield yield = Yields.portfolio(DEMO, metrics);
        BigDecimal income = BigDecimal.ZERO;
        BigDecimal value = BigDecimal.ZERO;
        for (AssetFigures a : metrics.assets()) {
            if (a.yield() != null) {
                income = income.add(a.licensingIncome());
                value = value.add(a.licensingIncome().divide(a.yield(), MathContext.DECIMAL64));
            }
        }
        // the demo's A9 and A11 have no valuation: they count on neither side
        assertThat(yield.counted()).isEqualTo(10);
        assertThat(yield.left()).isEqualTo(2);
        assertThat(yield.income()).isEqualByComparingTo(income);
        assertThat(yield.value()).isEqualByComparingTo("745000");
        assertThat(yield.yield()).isEqualByComparingTo(income.divide(new BigDecimal("745000"), MathContext.DECIMAL64));
    }

    @Test
    void aPortfolioWithoutValuationsHasNoYield() {
        Portfolio bare = new io.licensor.testing.PortfolioBuilder()
                .asset("A1", io.licensor.model.AssetType.SOFTWARE).build();
        Yields.PortfolioYield yield = Yields.portfolio(bare, PortfolioMetrics.compute(bare, AS_OF));
        assertThat(yield.yield()).isNull();
        assertThat(yield.counted()).isZero();
    }
}
