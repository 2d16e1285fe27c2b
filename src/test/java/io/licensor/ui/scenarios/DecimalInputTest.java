package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalInputTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
        12.5        | 0.125    | ''
        12.345678   | 0.12345678 | ''
        0           | 0        | ''
        100         | 1        | ''
        100.01      | 0.05     | Rate must be at most 100 %
        -1          | 0.05     | Rate must be at least 0 %
        abc         | 0.05     | Rate: "abc" is not a number
        ''          | 0.05     | Rate is required
        """)
    void aTypedPercentageIsTakenExactlyOrRefusedWithASentence(String typed, String value, String problem) {
        DecimalInput rate = DecimalInput.percent("Rate", BigDecimal.ZERO, BigDecimal.ONE, true);
        rate.set(new BigDecimal("0.05"));
        rate.type(typed);
        assertThat(rate.value()).isEqualByComparingTo(value);
        assertThat(rate.problemProperty().get()).isEqualTo(problem);
    }

    @Test
    void amountsShowWithThousandsSeparatorsAndReadBackInEitherForm() {
        DecimalInput fee = DecimalInput.amount("Fee");
        fee.set(new BigDecimal("300000.50"));
        assertThat(fee.textProperty().get()).isEqualTo("300,000.5");
        fee.type("1,250.75");
        assertThat(fee.value()).isEqualByComparingTo("1250.75");
        fee.type("99");
        assertThat(fee.value()).isEqualByComparingTo("99");
    }

    @Test
    void anOptionalInputLeftBlankHasNoValueAndNoProblem() {
        DecimalInput cap = new DecimalInput("Cap", false, true, v -> null);
        cap.set(new BigDecimal("10"));
        cap.type("  ");
        assertThat(cap.value()).isNull();
        assertThat(cap.hasProblem()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
        1000,    1000
        1001,    1500
        625000,  800000
        812500,  1000000
        2600,    3000
        0.7,     0.8
        """)
    void theAxisEndsAtTheNextRoundNumber(String value, String end) {
        assertThat(StudioFigures.niceCeiling(new BigDecimal(value))).isEqualByComparingTo(end);
    }
}
