package io.licensor.ui.scenarios;

import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;

/**
 * Fixed, round value-axis ranges for the studio's charts. An autoranging axis recomputes and re-measures its tick
 * labels on every slider step; a fixed range changes only when the figures outgrow (or shrink well below) a round
 * number, so most steps cost no axis work at all, and the axis does not twitch while dragging.
 */
final class AxisRange {
    private AxisRange() {}

    /**
     * Sets {@code axis} to 0 .. the first whole tick above {@code max} (with a little headroom), at most eight round
     * ticks; nothing happens while that range stays the same.
     */
    static void fit(NumberAxis axis, double max) {
        axis.setAutoRanging(false);
        double[] range = range(max);
        double upper = range[0];
        double tick = range[1];
        if (axis.getLowerBound() != 0) {
            axis.setLowerBound(0);
        }
        if (axis.getUpperBound() != upper || axis.getTickUnit() != tick) {
            axis.setUpperBound(upper);
            axis.setTickUnit(tick);
        }
    }

    /**
     * Sets the axis' title when its words change. An axis' label is an object property: setting an equal string
     * built afresh still counts as a change and lays the axis and its chart out again.
     */
    static void label(Axis<?> axis, String text) {
        if (!text.equals(axis.getLabel())) {
            axis.setLabel(text);
        }
    }

    /** {upper bound, tick unit} for figures up to {@code max}. */
    static double[] range(double max) {
        double want = max <= 0 ? 1 : max * 1.04;
        double tick = tick(want);
        return new double[] {Math.ceil(want / tick) * tick, tick};
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
