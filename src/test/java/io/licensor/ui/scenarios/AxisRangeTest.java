package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisRangeTest {

    @ParameterizedTest(name = "up to {0}: a tick every {1}")
    @CsvSource(textBlock = """
        800000,  100000
        1000000, 200000
        150000,  20000
        125000,  20000
        200000,  25000
        60000,   10000
        1,       0.2
        """)
    void theAxisGetsAtMostEightRoundSteps(double upper, double tick) {
        assertThat(AxisRange.tick(upper)).isCloseTo(tick, org.assertj.core.data.Offset.offset(tick * 1e-9));
        assertThat(upper / AxisRange.tick(upper)).isLessThanOrEqualTo(8);
    }

    @ParameterizedTest(name = "figures up to {0}: axis to {1} in steps of {2}")
    @CsvSource(textBlock = """
        112000, 120000, 20000
        103000, 120000, 20000
        91008,  100000, 20000
        0,      1,      0.2
        """)
    void theAxisEndsOnAWholeTickAboveTheLargestFigure(double max, double upper, double tick) {
        double[] range = AxisRange.range(max);
        assertThat(range[0]).isCloseTo(upper, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(range[1]).isCloseTo(tick, org.assertj.core.data.Offset.offset(1e-9));
    }
}
