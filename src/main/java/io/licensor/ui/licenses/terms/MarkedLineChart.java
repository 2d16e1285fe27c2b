package io.licensor.ui.licenses.terms;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * A line chart with labelled vertical markers (tier thresholds, the chosen sales figure): LineChart has none, so they
 * are drawn in the plot area and placed again on every layout.
 */
final class MarkedLineChart extends LineChart<Number, Number> {

    /** A vertical line at {@code x} with a short label at its top, or at its bottom ({@code low}). */
    record Marker(double x, String label, String styleClass, boolean low) {}

    private final List<Marker> markers = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<Text> labels = new ArrayList<>();

    MarkedLineChart(Axis<Number> x, Axis<Number> y) {
        super(x, y);
    }

    void setMarkers(List<Marker> next) {
        getPlotChildren().removeAll(lines);
        getPlotChildren().removeAll(labels);
        lines.clear();
        labels.clear();
        markers.clear();
        markers.addAll(next);
        for (Marker m : next) {
            Line line = new Line();
            line.getStyleClass().addAll("chart-marker", m.styleClass());
            Text text = new Text(m.label());
            text.getStyleClass().addAll("chart-marker-label", m.styleClass());
            lines.add(line);
            labels.add(text);
        }
        getPlotChildren().addAll(lines);
        getPlotChildren().addAll(labels);
        requestChartLayout();
    }

    List<Marker> markers() {
        return List.copyOf(markers);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double height = getYAxis().getHeight();
        for (int i = 0; i < markers.size(); i++) {
            double x = getXAxis().getDisplayPosition(markers.get(i).x());
            Line line = lines.get(i);
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
            line.toFront();
            Text text = labels.get(i);
            // top labels alternate between two rows so close thresholds do not print over each other
            text.setX(x + 3);
            text.setY(markers.get(i).low() ? height - 4 : 12 + (i % 2) * 13);
            text.toFront();
        }
    }
}
