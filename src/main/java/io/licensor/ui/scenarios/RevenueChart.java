package io.licensor.ui.scenarios;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.Money;
import io.licensor.ui.charts.AxisFormats;
import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.charts.Charts;
import io.licensor.ui.charts.Decimation;
import io.licensor.ui.charts.MarkedLineChart;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

/**
 * Royalty against licensee revenue: each structure's first-contract-year income (fee included) at every revenue on
 * the x axis, one line per structure in its palette colour, with a labelled marker at each exact break-even point
 * the engine found. A tooltip follows the mouse with the exact figures at the nearest computed revenue. Series are
 * updated in place when the number of points stays the same, which keeps a slider drag to one cheap layout pass.
 */
final class RevenueChart {
    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(x, y);
    private StudioFigures shown;
    private double[] bases = new double[0];

    RevenueChart() {
        Charts.prepare(chart, "Income in the first contract year by licensee revenue", "Licensee revenue", "Income");
        chart.getStyleClass().add("revenue-chart");
        chart.setStyle("-fx-padding: 2px 18px 0 0;"); // room for the x axis' last tick label
        x.setAutoRanging(false);
        x.setLowerBound(0);
        x.setMinorTickVisible(false);
        y.setMinorTickVisible(false);
        x.setTickLabelFormatter(AxisFormats.amount());
        y.setTickLabelFormatter(AxisFormats.amount());
        chart.setMinHeight(220);
        chart.setPrefHeight(330);
        ChartTooltips.followMouse(chart, this::tooltipAt);
    }

    MarkedLineChart node() {
        return chart;
    }

    void show(StudioFigures f) {
        boolean units = f.units();
        AxisRange.label(x, units ? "Units sold in a year" : "Licensee revenue in a year (" + f.currency() + ")");
        AxisRange.label(y, "Income in the year, fee included (" + f.currency() + ")");
        double max = f.xMax().doubleValue();
        x.setUpperBound(max);
        x.setTickUnit(max / 8);
        bases = f.basePoints().stream().mapToDouble(BigDecimal::doubleValue).toArray();
        List<ScenarioComparison.StructureResult> results = f.result().structures();
        if (chart.getData().size() != results.size()) {
            List<XYChart.Series<Number, Number>> all = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                all.add(new XYChart.Series<>());
            }
            chart.getData().setAll(all);
            for (int i = 0; i < all.size(); i++) {
                Charts.colourLine(all.get(i), i);
            }
        }
        for (int i = 0; i < results.size(); i++) {
            XYChart.Series<Number, Number> series = chart.getData().get(i);
            series.setName(f.labels().get(i));
            List<BigDecimal> curve = results.get(i).curve();
            if (series.getData().size() == curve.size() && curve.size() <= Decimation.DEFAULT_POINTS) {
                moveInPlace(series, curve); // the usual slider step: same points, new heights
            } else {
                update(series, points(curve));
            }
        }
        double top = 0;
        for (ScenarioComparison.StructureResult r : results) {
            for (BigDecimal v : r.curve()) {
                top = Math.max(top, v.doubleValue());
            }
        }
        AxisRange.fit(y, top);
        List<MarkedLineChart.Marker> markers = markers(f);
        if (!markers.equals(chart.markers())) {
            chart.markers().setAll(markers); // new marker nodes only when the break-evens moved
        }
        shown = f;
    }

    private List<XYChart.Data<Number, Number>> points(List<BigDecimal> curve) {
        List<XYChart.Data<Number, Number>> pts = new ArrayList<>(curve.size());
        for (int k = 0; k < curve.size(); k++) {
            pts.add(new XYChart.Data<>(bases[k], curve.get(k).doubleValue()));
        }
        // a few hundred points never need thinning, but a wider range or more thresholds may
        return Decimation.thin(pts, Decimation.DEFAULT_POINTS);
    }

    /** Sets each existing point to the curve's figure, touching only the points that moved (no Data objects made). */
    private void moveInPlace(XYChart.Series<Number, Number> series, List<BigDecimal> curve) {
        javafx.collections.ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        for (int k = 0; k < curve.size(); k++) {
            XYChart.Data<Number, Number> d = data.get(k);
            if (d.getXValue().doubleValue() != bases[k]) {
                d.setXValue(bases[k]);
            }
            double v = curve.get(k).doubleValue();
            if (d.getYValue().doubleValue() != v) {
                d.setYValue(v);
            }
        }
    }

    /** Moves the existing points when the count is unchanged (no nodes rebuilt), else replaces them. */
    static void update(XYChart.Series<Number, Number> series, List<XYChart.Data<Number, Number>> fresh) {
        javafx.collections.ObservableList<XYChart.Data<Number, Number>> data = series.getData();
        if (data.size() != fresh.size()) {
            data.setAll(fresh);
            return;
        }
        for (int k = 0; k < fresh.size(); k++) {
            XYChart.Data<Number, Number> d = data.get(k);
            XYChart.Data<Number, Number> n = fresh.get(k);
            if (d.getXValue().doubleValue() != n.getXValue().doubleValue()) {
                d.setXValue(n.getXValue());
            }
            if (d.getYValue().doubleValue() != n.getYValue().doubleValue()) {
                d.setYValue(n.getYValue());
            }
        }
    }

    private static List<MarkedLineChart.Marker> markers(StudioFigures f) {
        List<MarkedLineChart.Marker> out = new ArrayList<>();
        for (StudioFigures.BreakEven b : f.breakEvens()) {
            String at = StudioFigures.number(b.base(), java.util.Locale.getDefault(java.util.Locale.Category.FORMAT));
            out.add(MarkedLineChart.Marker.atX(b.base().doubleValue(), (b.overtakes() ? "Break-even " : "Equal at ")
                    + at));
        }
        return out;
    }

    private String tooltipAt(double base) {
        if (shown == null || bases.length == 0) {
            return null;
        }
        int k = Arrays.binarySearch(bases, base);
        if (k < 0) {
            int above = Math.min(-k - 1, bases.length - 1);
            int below = Math.max(above - 1, 0);
            k = Math.abs(bases[above] - base) < Math.abs(base - bases[below]) ? above : below;
        }
        Currency c = Currency.getInstance(shown.currency());
        StringBuilder text = new StringBuilder(shown.units() ? "Units " : "Revenue ")
                .append(StudioFigures.number(shown.basePoints().get(k), java.util.Locale.getDefault()))
                .append(" a year");
        for (int i = 0; i < shown.labels().size(); i++) {
            text.append('\n').append(shown.labels().get(i)).append(": ")
                    .append(Formats.money(Money.of(shown.result().structures().get(i).curve().get(k), c)));
        }
        return text.toString();
    }
}
