package io.licensor.ui.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A line chart with labelled markers (UI.md: "break-even points and thresholds as labelled markers"): a vertical
 * dashed line at an x value (a break-even at 412,500 of revenue, a tier threshold) or a horizontal one at a y value
 * (a cap), each with a short label. Markers outside the axes' range are hidden. Set up with {@link Charts#prepare}.
 */
public class MarkedLineChart extends LineChart<Number, Number> {

    /** Which axis a marker's value is on: VERTICAL lines mark an x value, HORIZONTAL lines a y value. */
    public enum Direction { VERTICAL, HORIZONTAL }

    /**
     * One marker. {@code colourIndex} is a palette index, or -1 for the theme's muted text colour.
     *
     * @param direction   a vertical line at x = value, or a horizontal one at y = value
     * @param value       where, in the axis' units
     * @param label       a few words ("Break-even 412,500"); may be empty
     * @param colourIndex palette colour, -1 for neutral
     */
    public record Marker(Direction direction, double value, String label, int colourIndex) {
        public Marker {
            Objects.requireNonNull(direction, "direction");
            label = label == null ? "" : label;
        }

        public static Marker atX(double x, String label) {
            return new Marker(Direction.VERTICAL, x, label, -1);
        }

        public static Marker atY(double y, String label) {
            return new Marker(Direction.HORIZONTAL, y, label, -1);
        }
    }

    private record Drawn(Marker marker, Line line, Label label) {}

    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final List<Drawn> drawn = new ArrayList<>();

    public MarkedLineChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        markers.addListener((ListChangeListener<Marker>) change -> redraw());
    }

    /** The markers; change the list and the chart follows. */
    public ObservableList<Marker> markers() {
        return markers;
    }

    private void redraw() {
        for (Drawn d : drawn) {
            getPlotChildren().removeAll(d.line(), d.label());
        }
        drawn.clear();
        for (Marker m : markers) {
            Line line = new Line();
            line.getStyleClass().add("chart-marker");
            Label label = new Label(m.label());
            label.getStyleClass().add("chart-marker-label");
            if (m.colourIndex() >= 0) {
                line.setStyle("-fx-stroke: " + ChartPalette.web(m.colourIndex()) + ";");
                label.setStyle("-fx-text-fill: " + ChartPalette.web(m.colourIndex()) + ";");
            }
            line.setManaged(false);
            label.setManaged(false);
            drawn.add(new Drawn(m, line, label));
            getPlotChildren().addAll(line, label);
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double width = getXAxis().getWidth();
        double height = getYAxis().getHeight();
        for (Drawn d : drawn) {
            place(d, width, height);
        }
    }

    private void place(Drawn d, double width, double height) {
        Marker m = d.marker();
        Line line = d.line();
        Label label = d.label();
        label.resize(label.prefWidth(-1), label.prefHeight(-1));
        if (m.direction() == Direction.VERTICAL) {
            double x = Math.round(getXAxis().getDisplayPosition(m.value())) + 0.5;
            boolean inside = x >= 0 && x <= width;
            line.setVisible(inside);
            label.setVisible(inside && !m.label().isEmpty());
            line.setStartX(x);
            line.setEndX(x);
            line.setStartY(0);
            line.setEndY(height);
            // keep the label inside the plot: to the right of the line, or to its left near the right edge
            double lx = x + 4 + label.getWidth() > width ? x - 4 - label.getWidth() : x + 4;
            label.relocate(lx, 2);
        } else {
            double y = Math.round(getYAxis().getDisplayPosition(m.value())) + 0.5;
            boolean inside = y >= 0 && y <= height;
            line.setVisible(inside);
            label.setVisible(inside && !m.label().isEmpty());
            line.setStartX(0);
            line.setEndX(width);
            line.setStartY(y);
            line.setEndY(y);
            double ly = y - label.getHeight() - 2 < 0 ? y + 2 : y - label.getHeight() - 2;
            label.relocate(Math.max(0, width - label.getWidth() - 4), ly);
        }
        line.toFront();
        label.toFront();
    }

    /** The marker nodes, for tests: one line and one label per marker, in the markers' order. */
    public List<Node> markerNodes() {
        List<Node> nodes = new ArrayList<>();
        for (Drawn d : drawn) {
            nodes.add(d.line());
            nodes.add(d.label());
        }
        return nodes;
    }
}
