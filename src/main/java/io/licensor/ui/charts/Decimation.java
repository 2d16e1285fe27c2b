package io.licensor.ui.charts;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;

/**
 * Thins a long series to what a chart can show (a few hundred points across a chart a few hundred pixels wide) while
 * keeping its shape: Largest-Triangle-Three-Buckets (Steinarsson, 2013). The first and last points always stay; from
 * each bucket in between the point that makes the largest triangle with its neighbours' choices stays, so peaks,
 * dips and kinks survive where averaging would flatten them. Tooltips should still read the exact values from the
 * full series.
 */
public final class Decimation {
    /** A sensible number of points for a chart about a thousand pixels wide. */
    public static final int DEFAULT_POINTS = 500;

    private Decimation() {}

    /**
     * The indexes of the points to keep, ascending, at most {@code maxPoints} of them (all when there are no more than
     * that). {@code x} must not decrease.
     *
     * @throws IllegalArgumentException when {@code maxPoints} is below 3 or the arrays differ in length
     */
    public static int[] keep(double[] x, double[] y, int maxPoints) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " and " + y.length);
        }
        if (maxPoints < 3) {
            throw new IllegalArgumentException("keep at least 3 points, asked for " + maxPoints);
        }
        int n = x.length;
        if (n <= maxPoints) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] kept = new int[maxPoints];
        double bucketSize = (double) (n - 2) / (maxPoints - 2);
        int chosen = 0;
        for (int b = 0; b < maxPoints - 2; b++) {
            int from = (int) Math.floor(b * bucketSize) + 1;
            int to = (int) Math.floor((b + 1) * bucketSize) + 1;
            // the average of the next bucket stands in for the point not chosen yet
            int nextFrom = to;
            int nextTo = Math.min((int) Math.floor((b + 2) * bucketSize) + 1, n);
            double avgX = 0;
            double avgY = 0;
            for (int i = nextFrom; i < nextTo; i++) {
                avgX += x[i];
                avgY += y[i];
            }
            int count = Math.max(1, nextTo - nextFrom);
            avgX /= count;
            avgY /= count;
            double best = -1;
            int bestIndex = from;
            for (int i = from; i < to; i++) {
                double area = Math.abs((x[chosen] - avgX) * (y[i] - y[chosen]) - (x[chosen] - x[i]) * (avgY - y[chosen]));
                if (area > best) {
                    best = area;
                    bestIndex = i;
                }
            }
            kept[b + 1] = bestIndex;
            chosen = bestIndex;
        }
        kept[maxPoints - 1] = n - 1;
        return kept;
    }

    /** The points of a numeric series worth drawing, at most {@code maxPoints}; the items themselves, not copies. */
    public static <X extends Number, Y extends Number> List<XYChart.Data<X, Y>> thin(List<XYChart.Data<X, Y>> points,
            int maxPoints) {
        if (points.size() <= maxPoints) {
            return points;
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).getXValue().doubleValue();
            y[i] = points.get(i).getYValue().doubleValue();
        }
        int[] kept = keep(x, y, maxPoints);
        List<XYChart.Data<X, Y>> out = new ArrayList<>(kept.length);
        for (int i : kept) {
            out.add(points.get(i));
        }
        return out;
    }
}
