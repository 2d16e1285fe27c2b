package io.licensor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisFormatsTest {

    @ParameterizedTest(name = "{1} in {0} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 120000   | 120,000
            de-DE | 120000   | 120.000
            en-US | 1234.5   | 1,234.5
            en-US | -2500    | -2,500
            """)
    void amountsAreGroupedWithoutNeedlessDecimals(String locale, double value, String shown) {
        assertThat(AxisFormats.amount(Locale.forLanguageTag(locale)).toString(value)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{1} in {0} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | 0.125 | 12.5 %
            de-DE | 0.125 | 12,5 %
            en-US | 0.3   | 30 %
            """)
    void sharesReadAsPercentages(String locale, double value, String shown) {
        assertThat(AxisFormats.percent(Locale.forLanguageTag(locale)).toString(value)).isEqualTo(shown);
    }
}
