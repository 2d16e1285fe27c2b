package io.licensor.ui.charts;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;

/**
 * The house rules for a chart (UI.md "Charts") in one call each: a title, axis labels with units, no animation, no
 * per-point symbols on lines, the app's palette instead of JavaFX's eight rotating default colours, and the legend
 * drawn by {@link ChartLegend} (JavaFX's own legend cannot take palette colours).
 */
public final class Charts {
    static final String STYLESHEET = Objects.requireNonNull(Charts.class.getResource("charts.css"),
            "charts.css").toExternalForm();

    private Charts() {}

    /**
     * Sets up {@code chart}: title, axis labels (say the unit: "Royalty (USD)"), animation off, the built-in legend
     * hidden, symbols off for line charts, and the charts stylesheet.
     */
    public static <X, Y> void prepare(XYChart<X, Y> chart, String title, String xLabel, String yLabel) {
        prepare(chart, title);
        Axis<X> x = chart.getXAxis();
        Axis<Y> y = chart.getYAxis();
        x.setLabel(xLabel);
        y.setLabel(yLabel);
        x.setAnimated(false);
        y.setAnimated(false);
        if (chart instanceof LineChart<X, Y> line) {
            line.setCreateSymbols(false);
        }
    }

    /** Title, no animation, no built-in legend, the charts stylesheet: for charts without axes. */
    public static void prepare(Chart chart, String title) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("licensor-chart");
        if (!chart.getStylesheets().contains(STYLESHEET)) {
            chart.getStylesheets().add(STYLESHEET);
        }
    }

    /** Fills every bar of {@code series} (now and added later) with palette colour {@code colourIndex}. */
    public static <X, Y> void colourBars(XYChart.Series<X, Y> series, int colourIndex) {
        String style = "-fx-bar-fill: " + ChartPalette.web(colourIndex) + ";";
        eachDataNode(series, node -> node.setStyle(style));
    }

    /** Fills one bar with palette colour {@code colourIndex} (bars of one series coloured by what they show). */
    public static <X, Y> void colourBar(XYChart.Data<X, Y> data, int colourIndex) {
        String style = "-fx-bar-fill: " + ChartPalette.web(colourIndex) + ";";
        onNode(data, node -> node.setStyle(style));
    }

    /** Runs {@code action} on the data item's node now, if it has one, and whenever it gets a new one. */
    public static <X, Y> void onNode(XYChart.Data<X, Y> data, Consumer<Node> action) {
        if (data.getNode() != null) {
            action.accept(data.getNode());
        }
        data.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                action.accept(node);
            }
        });
    }

    /**
     * Draws the line of {@code series} in palette colour {@code colourIndex}; symbols, where a chart shows them, get
     * the same colour.
     */
    public static <X, Y> void colourLine(XYChart.Series<X, Y> series, int colourIndex) {
        String colour = ChartPalette.web(colourIndex);
        String lineStyle = "-fx-stroke: " + colour + "; -fx-stroke-width: 2.5px;";
        if (series.getNode() != null) {
            series.getNode().setStyle(lineStyle);
        }
        series.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setStyle(lineStyle);
            }
        });
        String symbolStyle = "-fx-background-color: " + colour + ", -color-bg-default;";
        eachDataNode(series, node -> node.setStyle(symbolStyle));
    }

    /**
     * Runs {@code action} on the node of every data item of {@code series}, now and whenever a node appears (JavaFX
     * makes the nodes only once the series is in a chart, and again when items are added).
     */
    public static <X, Y> void eachDataNode(XYChart.Series<X, Y> series, Consumer<Node> action) {
        Consumer<XYChart.Data<X, Y>> attach = data -> onNode(data, action);
        series.getData().forEach(attach);
        series.getData().addListener((ListChangeListener<XYChart.Data<X, Y>>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    change.getAddedSubList().forEach(attach);
                }
            }
        });
    }
}
