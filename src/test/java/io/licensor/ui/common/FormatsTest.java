package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @ParameterizedTest(name = "{0} {1} in {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            120000    | USD | en-US | 120,000.00 USD
            1234.5    | EUR | de-DE | 1.234,50 EUR
            -1234.5   | USD | en-US | -1,234.50 USD
            1500      | JPY | en-US | 1,500 JPY
            12.3456   | USD | en-US | 12.3456 USD
            0.125     | BHD | en-US | 0.125 BHD
            """)
    void moneyShowsTheCurrencysMinorUnitsInTheUsersLocale(String amount, String currency, String locale,
            String expected) {
        assertThat(Formats.money(Money.of(amount, currency), Locale.forLanguageTag(locale))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1          | 100 %
            0.5        | 50 %
            0.125      | 12.5 %
            0.33333333 | 33.33 %
            0.0001     | 0.01 %
            """)
    void sharesShowAsPercentagesWithUpToTwoDecimals(String fraction, String expected) {
        assertThat(Formats.percent(new BigDecimal(fraction))).isEqualTo(expected);
    }

    @Test
    void typedPercentagesKeepEveryDigit() {
        assertThat(Formats.percentInput(new BigDecimal("0.33333333"))).isEqualTo("33.333333");
        assertThat(Formats.percentInput(new BigDecimal("1.00"))).isEqualTo("100");
    }

    @Test
    void datesAreReadAsIsoFirstThenInTheLocalesShortForm() {
        assertThat(Formats.parseDate("2024-03-31", Locale.US)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Formats.parseDate(" 3/31/24 ", Locale.US)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Formats.parseDate("31.03.24", Locale.GERMANY)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Formats.parseDate("  ", Locale.US)).isNull();
        assertThatThrownBy(() -> Formats.parseDate("2024-02-30", Locale.US))
                .isInstanceOf(DateTimeParseException.class);
    }
}
