package io.licensor.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LongTotalsTest {

    @ParameterizedTest(name = "{0} / 10^{1} -> {2}")
    @CsvSource(textBlock = """
            25,  1, 2
            35,  1, 4
            26,  1, 3
            24,  1, 2
            -25, 1, -2
            -35, 1, -4
            -26, 1, -3
            -24, 1, -2
            5,   1, 0
            15,  1, 2
            7,   0, 7
            7,  -2, 700
            """)
    void roundsHalfEvenLikeBigDecimal(long x, int digits, long expected) {
        assertThat(LongTotals.roundHalfEven(x, digits)).isEqualTo(expected);
        if (digits >= 0) {
            assertThat(BigDecimal.valueOf(x, digits).setScale(0, RoundingMode.HALF_EVEN).longValueExact())
                    .isEqualTo(expected);
        }
    }

    @Test
    void fallsBackWhenTheNumbersDoNotFitInALong() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().tiers("0:0.123456", "1:0.5").build());
        PeriodSeries huge = PeriodSeries.of(List.of(SalesPeriod.of("2024-12-31", "123456789012345.6789")));
        assertThat(engine.longTotals(huge)).isNull();
        assertThat(engine.totals(huge).totalEarned()).isEqualByComparingTo("61728394506172.46");
    }

    @Test
    void takesTheLongPathForOrdinaryNumbers() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().tiers("0:0.05", "100000:0.12").cap("1000000")
                .minimum("100").advance("50").withholding("0.15").build());
        PeriodSeries sales = PeriodSeries.of(List.of(SalesPeriod.of("2024-06-30", "300000.555"),
                SalesPeriod.of("2024-12-31", "1")));
        assertThat(engine.longTotals(sales)).isNotNull().isEqualTo(engine.exactTotals(sales));
    }

    @Test
    void valuesOrdinaryNumbersOnTheFastPathWithTheFullRunsNpv() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().start("2024-01-01").tiers("0:0.05", "100000:0.12")
                .upfront("1000").withholding("0.15").build());
        List<SalesPeriod> periods = List.of(SalesPeriod.of("2024-06-30", "300000.55"),
                SalesPeriod.of("2024-12-31", "12345.67"));
        RoyaltyValuation fast = engine.fastValue(PeriodSeries.of(periods), new BigDecimal("0.10"));
        RoyaltySchedule full = engine.run(periods, new BigDecimal("0.10"));
        assertThat(fast).isNotNull();
        assertThat(fast.npv()).isEqualTo(full.npv());
        assertThat(fast.totals()).isEqualTo(full.totals());
        assertThat(fast.bases()).isEqualTo(new BigDecimal("312346.22"));
    }

    /** One cent paid a year after the start, at 100 %: worth exactly half a cent, a tie only exact sums can settle. */
    @Test
    void leavesANpvOnAHalfCentToTheExactPath() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().start("2024-01-01").flat("0.01").build());
        List<SalesPeriod> periods = List.of(SalesPeriod.of("2024-12-31", "1"));
        assertThat(engine.fastValue(PeriodSeries.of(periods), BigDecimal.ONE)).isNull();
        RoyaltyValuation value = engine.value(PeriodSeries.of(periods), BigDecimal.ONE);
        assertThat(value.npv()).isEqualTo(engine.run(periods, BigDecimal.ONE).npv()).isEqualTo("0.00");
    }
}
