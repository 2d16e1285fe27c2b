package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-01-15                  | ISO            | 2024-01-15
            2019-10-02 09:15:22         | ISO            | 2019-10-02
            2025-03-05 14:22:01 UTC     | ISO            | 2025-03-05
            2024-01-01T10:00:00.123+01:00 | ISO          | 2024-01-01
            2024/1/5                    | YMD_SLASH      | 2024-01-05
            08/31/2014                  | MDY            | 2014-08-31
            1/21/10                     | MDY            | 2010-01-21
            10/1/25 1:02am              | MDY            | 2025-10-01
            10/3/25 11:47pm             | MDY            | 2025-10-03
            09/25/24                    | MDY            | 2024-09-25
            12/31/99                    | MDY            | 1999-12-31
            31/08/2014                  | DMY            | 2014-08-31
            31-08-2014                  | DMY            | 2014-08-31
            31.08.2014                  | DMY_DOT        | 2014-08-31
            1.2.24                      | DMY_DOT        | 2024-02-01
            Jan 3, 2021                 | MONTH_DAY_YEAR | 2021-01-03
            September 15, 2024          | MONTH_DAY_YEAR | 2024-09-15
            Sept 5 2024                 | MONTH_DAY_YEAR | 2024-09-05
            Mar 1st, 2024 04:05:06 AM PST | MONTH_DAY_YEAR | 2024-03-01
            15 September 2024           | DAY_MONTH_YEAR | 2024-09-15
            01-Jan-2016                 | DAY_MONTH_YEAR | 2016-01-01
            5 Mar, 2024                 | DAY_MONTH_YEAR | 2024-03-05
            """)
    void datesAreReadInTheirStyleWithTheTimeOfDayDropped(String cell, DateStyle style, LocalDate expected) {
        ParsedDate date = DateParser.parse(cell, style);

        assertThat(date.error()).isNull();
        assertThat(date.day()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource(delimiter = '|', textBlock = """
            02/30/2024      | MDY            | '02/30/2024' is not a real date in the format MM/DD/YYYY
            13/01/2024      | MDY            | '13/01/2024' is not a real date in the format MM/DD/YYYY
            2024-01-15      | MDY            | '2024-01-15' is not a date in the format MM/DD/YYYY
            15/01/2024      | ISO            | '15/01/2024' is not a date in the format YYYY-MM-DD
            2024-01-15 soon | ISO            | '2024-01-15 soon' is not a date in the format YYYY-MM-DD
            Foo 3, 2021     | MONTH_DAY_YEAR | 'Foo 3, 2021' is not a date: 'Foo' is not an English month name
            1/2/202         | MDY            | '1/2/202' is not a date in the format MM/DD/YYYY
            20240115        | ISO            | '20240115' is not a date in the format YYYY-MM-DD
            """)
    void wrongDatesAreNamedInPlainWords(String cell, DateStyle style, String message) {
        assertThat(DateParser.parse(cell, style).error()).isEqualTo(message);
    }

    @Test
    void anIsoYearAndMonthIsTheWholeMonth() {
        ParsedDate month = DateParser.parse("2024-02", DateStyle.ISO);

        assertThat(month.monthOnly()).isTrue();
        assertThat(month.asStart()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(month.asEnd()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void dateStylesAreKnownByTheirLabelsAndUsualSpellings() {
        assertThat(DateStyle.parse("M/D/YY")).isEqualTo(DateStyle.MDY);
        assertThat(DateStyle.parse("dd.mm.yyyy")).isEqualTo(DateStyle.DMY_DOT);
        assertThat(DateStyle.parse("Mon D, YYYY")).isEqualTo(DateStyle.MONTH_DAY_YEAR);
        assertThat(DateStyle.parse("ISO")).isEqualTo(DateStyle.ISO);
        assertThat(DateStyle.parse("YYYY-DD-MM")).isNull();
    }
}
