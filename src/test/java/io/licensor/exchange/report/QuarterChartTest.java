package io.licensor.exchange.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuarterChartTest {

    @ParameterizedTest(name = "tallest bar {0} -> step {1}")
    @CsvSource(textBlock = """
            21600,   5000
            10500,   2500
            9999,    2000
            100000,  20000
            0.6,     0.2
            0,       1
            """)
    void theValueAxisStepsAreRoundAndAtMostFiveReachTheTallestBar(String max, String step) {
        BigDecimal s = QuarterChart.step(new BigDecimal(max));
        assertThat(s).isEqualByComparingTo(step);
        assertThat(s.multiply(BigDecimal.valueOf(5))).isGreaterThanOrEqualTo(new BigDecimal(max));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            AI_MODEL,       AI model
            TRADE_SECRET,   Trade secret
            MINIMUM_TOP_UP, Minimum top up
            """)
    void enumConstantsReadAsWords(String constant, String words) {
        assertThat(AssetPdf.words(constant)).isEqualTo(words);
    }
}
