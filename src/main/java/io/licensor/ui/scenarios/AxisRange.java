package io.licensor.ui.scenarios;

import java.math.BigDecimal;
import javafx.scene.chart.NumberAxis;

/**
 * Fixed, round value-axis ranges for the studio's charts. An autoranging axis recomputes and re-measures its tick
 * labels on every slider step; a fixed range changes only when the figures outgrow (or shrink well below) a round
 * number, so most steps cost no axis work at all, and the axis does not twitch while dragging.
 */
final class AxisRange {
    private AxisRange() {}

    /** Sets {@code axis} to 0 .. a round number above {@code max}, with at most eight ticks; no-op when unchanged. */
    static void fit(NumberAxis axis, double max) {
        axis.setAutoRanging(false);
        double upper = max <= 0 ? 1 : StudioFigures.niceCeiling(BigDecimal.valueOf(max * 1.04)).doubleValue();
        if (axis.getLowerBound() != 0) {
            axis.setLowerBound(0);
        }
        if (axis.getUpperBound() != upper) {
            axis.setUpperBound(upper);
            axis.setTickUnit(tick(upper));
        }
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that divides the range into at most eight steps. */
    static double tick(double upper) {
        double power = Math.pow(10, Math.floor(Math.log10(upper / 8)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (upper / (m * power) <= 8) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
