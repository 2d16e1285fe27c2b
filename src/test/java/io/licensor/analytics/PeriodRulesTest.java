package io.licensor.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodRulesTest {

    /** "start..end=base" or "end=base" items. */
    static List<SalesPeriod> periods(String spec) {
        List<SalesPeriod> out = new ArrayList<>();
        for (String item : spec.trim().split("\\s+")) {
            String[] kv = item.split("=");
            String[] dates = kv[0].split("\\.\\.");
            LocalDate start = dates.length == 2 ? LocalDate.parse(dates[0]) : null;
            out.add(new SalesPeriod(start, LocalDate.parse(dates[dates.length - 1]), new BigDecimal(kv[1])));
        }
        return out;
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-03-31=1 2024-03-31=1                 | plain   | periods[1].periodEnd: 2024-03-31 is not later than the previous period's end 2024-03-31: list the periods in order, one per period
            2024-06-30=1 2024-03-31=1                 | plain   | periods[1].periodEnd: 2024-03-31 is not later than the previous period's end 2024-06-30: list the periods in order, one per period
            2023-12-31=1                              | plain   | periods[0].periodEnd: the period ends on 2023-12-31, before the contract starts on 2024-01-01
            2024-03-31=-5                             | plain   | periods[0].base: cannot be negative, got -5
            2024-04-01..2024-03-31=1                  | plain   | periods[0].periodStart: the period starts on 2024-04-01, after its end 2024-03-31
            2024-03-31=1 2024-03-31..2024-06-30=1     | plain   | periods[1].periodStart: the period starts on 2024-03-31, not after the previous period's end 2024-03-31: periods may not overlap
            2024-12-01..2025-01-31=1                  | reset   | periods[0].periodStart: the period 2024-12-01 to 2025-01-31 spans two contract years, which these terms cannot share out (tiers restart each contract year): split it into one period ending 2024-12-31 and one starting 2025-01-01
            2024-12-01..2025-01-31=1                  | minimum | periods[0].periodStart: the period 2024-12-01 to 2025-01-31 spans two contract years, which these terms cannot share out (there is a minimum annual royalty): split it into one period ending 2024-12-31 and one starting 2025-01-01
            2024-12-01..2025-01-31=1                  | cap     | periods[0].periodStart: the period 2024-12-01 to 2025-01-31 spans two contract years, which these terms cannot share out (there is an annual cap): split it into one period ending 2024-12-31 and one starting 2025-01-01
            2023-12-01..2024-01-31=1                  | cap     | periods[0].periodStart: the period 2023-12-01 to 2024-01-31 spans two contract years, which these terms cannot share out (there is an annual cap): split it into one period ending 2023-12-31 and one starting 2024-01-01
            """)
    void refusesPeriodsTheSpecForbidsNamingTheField(String sales, String kind, String message) {
        TermsBuilder b = TermsBuilder.usd().flat("0.1");
        switch (kind) {
            case "reset" -> b.resetYearly();
            case "minimum" -> b.minimum("10");
            case "cap" -> b.cap("10");
            default -> { }
        }
        RoyaltyEngine engine = RoyaltyEngine.of(b.build());
        assertThat(engine.problems(periods(sales), PeriodLocator.byIndex())).extracting(Problem::toString)
                .containsExactly(message);
        assertThatThrownBy(() -> engine.run(periods(sales))).isInstanceOf(InputRejectedException.class);
    }

    @Test
    void acceptsAPeriodSpanningContractYearsWhenNothingAnnualDependsOnIt() {
        RoyaltyTerms terms = TermsBuilder.usd().flat("0.1").build();
        assertThat(RoyaltyEngine.of(terms).problems(periods("2023-12-01..2025-01-31=1 2025-02-01..2025-02-28=1"),
                PeriodLocator.byIndex())).isEmpty();
    }

    @Test
    void namesPlacesInTheCallersLanguage() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().build());
        List<Problem> problems = engine.problems(periods("2023-01-31=1"),
                (i, field) -> "line " + (i + 2) + ", column " + field);
        assertThat(problems).extracting(Problem::where).containsExactly("line 2, column periodEnd");
    }

    @Test
    void refusesTermsThatBreakTheirOwnRules() {
        RoyaltyTerms bad = TermsBuilder.usd().flat("-0.1").build();
        assertThatThrownBy(() -> RoyaltyEngine.of(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tiers[0].rate: cannot be negative");
    }

    @Test
    void refusesADiscountRateOfMinusOneOrLess() {
        RoyaltyEngine engine = RoyaltyEngine.of(TermsBuilder.usd().build());
        assertThatThrownBy(() -> engine.run(periods("2024-01-31=1"), new BigDecimal("-1")))
                .hasMessageContaining("greater than -1");
    }
}
