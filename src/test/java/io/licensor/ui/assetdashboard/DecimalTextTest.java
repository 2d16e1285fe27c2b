package io.licensor.ui.assetdashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest(name = "\"{1}\" in {0} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 1250.50    | 1250.50
            en-US | 1,250.50   | 1250.50
            de-DE | 1.250,50   | 1250.50
            de-DE | 12,5       | 12.5
            en-US | -3         | -3
            """)
    void numbersAreReadInPlainOrLocaleForm(String locale, String text, String value) {
        assertThat(DecimalText.parse(text, Locale.forLanguageTag(locale))).isEqualByComparingTo(value);
    }

    @ParameterizedTest(name = "\"{1}\" in {0} is not a number")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | abc
            en-US | 12x
            en-US | '  '
            """)
    void textThatIsNotANumberGivesNull(String locale, String text) {
        assertThat(DecimalText.parse(text, Locale.forLanguageTag(locale))).isNull();
    }

    @ParameterizedTest(name = "\"{1}\" in {0} is the fraction {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 12.5 %  | 0.125
            en-US | 10      | 0.10
            de-DE | 12,5 %  | 0.125
            de-DE | 8%      | 0.08
            """)
    void percentagesBecomeFractions(String locale, String text, String fraction) {
        assertThat(DecimalText.percent(text, Locale.forLanguageTag(locale))).isEqualByComparingTo(fraction);
    }
}
