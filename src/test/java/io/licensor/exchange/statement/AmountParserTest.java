package io.licensor.exchange.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    private static final AmountParser POINT = new AmountParser(DecimalMark.POINT, ThousandsMark.COMMA);
    private static final AmountParser COMMA = new AmountParser(DecimalMark.COMMA, ThousandsMark.POINT);
    private static final AmountParser SPACE = new AmountParser(DecimalMark.COMMA, ThousandsMark.SPACE);
    private static final AmountParser SWISS = new AmountParser(DecimalMark.POINT, ThousandsMark.APOSTROPHE);

    private static AmountParser parser(String name) {
        switch (name) {
            case "point":
                return POINT;
            case "comma":
                return COMMA;
            case "space":
                return SPACE;
            default:
                return SWISS;
        }
    }

    @ParameterizedTest(name = "{0} with {1} reads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1234.50        | point | 1234.50   |
            1,234.50       | point | 1234.50   |
            1,234,567.5    | point | 1234567.5 |
            $1,234.50      | point | 1234.50   |
            US$ 12.00      | point | 12.00     | USD
            CA$76.00       | point | 76.00     | CAD
            -€5.50         | point | -5.50     | EUR
            €-5.50         | point | -5.50     | EUR
            (2.00)         | point | -2.00     |
            ($2.00)        | point | -2.00     |
            (10,00) EUR    | comma | -10.00    | EUR
            EUR (10,00)    | comma | -10.00    | EUR
            2.00-          | point | -2.00     |
            +3             | point | 3         |
            .97            | point | 0.97      |
            1.0e-05        | point | 0.000010  |
            -0.0           | point | 0.0       |
            12.00 GBP      | point | 12.00     | GBP
            1.234,50 EUR   | comma | 1234.50   | EUR
            1.234.567,89   | comma | 1234567.89 |
            12,5           | comma | 12.5      |
            12,50 €        | comma | 12.50     | EUR
            1 234,50       | space | 1234.50   |
            1 234 567,5    | space | 1234567.5 |
            1'234.50       | swiss | 1234.50   |
            CHF 1'234.50   | swiss | 1234.50   | CHF
            """)
    void amountsAreReadExactlyWithTheirCurrency(String cell, String convention, BigDecimal expected,
            String currency) {
        ParsedAmount amount = parser(convention).parse(cell);

        assertThat(amount.error()).isNull();
        assertThat(amount.value()).isEqualByComparingTo(expected);
        assertThat(amount.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            12,5O    | point | '12,5O' is not a number
            1,5      | point | '1,5' is not a number: ',' groups thousands here and must stand between groups of \
            three digits
            1,23,456 | point | '1,23,456' is not a number: ',' groups thousands here and must stand between groups \
            of three digits
            12.5     | comma | '12.5' is not a number: '.' groups thousands here and must stand between groups of \
            three digits
            1.2.3    | point | '1.2.3' is not a number
            35%      | point | '35%' is a percentage, not an amount
            abc      | point | 'abc' is not a number
            USD      | point | 'USD' is not a number
            --5      | point | '--5' is not a number
            12.5     | space | '12.5' is not a number: the decimal mark here is ',', not '.'
            """)
    void badAmountsAreNamedInPlainWords(String cell, String convention, String message) {
        assertThat(parser(convention).parse(cell).error()).isEqualTo(message);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            ''
            --
            -
            N/A
            n/a
            null
            —
            """)
    void emptyAndPlaceholderCellsAreNoValue(String cell) {
        assertThat(POINT.parse(cell).isEmpty()).isTrue();
    }
}
