package io.licensor.ui.licenses.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Percentages and decimals as people type them, in English and German. */
class NumberTextTest {

    @ParameterizedTest(name = "{0}: \"{1}\" reads as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | 12.5 %  | 0.125
            en | 12.5%   | 0.125
            en | 12.5    | 0.125
            en | 100 %   | 1.00
            en | 0.25 %  | 0.0025
            de | 12,5 %  | 0.125
            de | 12,5%   | 0.125
            de | 12.5 %  | 0.125
            de | 7 %     | 0.07
            """)
    void aTypedPercentageReadsAsTheExactFraction(String language, String typed, BigDecimal fraction) {
        assertThat(new NumberText(Locale.forLanguageTag(language)).parsePercent(typed)).isEqualByComparingTo(fraction);
    }

    @ParameterizedTest(name = "{0}: {1} is written \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | 0.125  | 12.5 %
            en | 0.10   | 10 %
            en | 0.05   | 5 %
            de | 0.125  | 12,5 %
            de | 0.0025 | 0,25 %
            """)
    void aFractionIsWrittenAsAPercentageInTheLocale(String language, BigDecimal fraction, String shown) {
        assertThat(new NumberText(Locale.forLanguageTag(language)).percent(fraction)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            en | twelve
            en | 12.5 %%
            de | 12,5 % x
            en | ' '
            """)
    void textThatIsNotANumberReadsAsNothing(String language, String typed) {
        assertThat(new NumberText(Locale.forLanguageTag(language)).parsePercent(typed)).isNull();
    }

    @ParameterizedTest(name = "{0}: {1} round-trips through \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            en | 5000.50 | 5000.50
            de | 5000.50 | 5000,50
            de | 0.40    | 0,40
            """)
    void decimalsAreWrittenWithoutGroupingAndReadBackExactly(String language, BigDecimal value, String shown) {
        NumberText text = new NumberText(Locale.forLanguageTag(language));
        assertThat(text.decimal(value)).isEqualTo(shown);
        assertThat(text.parseDecimal(shown)).isEqualTo(value);
    }
}
