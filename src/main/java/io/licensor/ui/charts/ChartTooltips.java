package io.licensor.ui.charts;

import java.util.function.DoubleFunction;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;

/**
 * Tooltips that give a chart's exact values (UI.md: the chart shows the shape, the tooltip the figure): one per bar or
 * symbol, or, for lines drawn without symbols, one that follows the mouse and names the values at its position.
 */
public final class ChartTooltips {
    private ChartTooltips() {}

    /** A tooltip that appears quickly and wraps long text. */
    public static Tooltip tooltip(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setShowDelay(Duration.millis(150));
        tooltip.setShowDuration(Duration.seconds(30));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        return tooltip;
    }

    /**
     * Installs on every data node of {@code series} (now and later) a tooltip with {@code text.apply(data)}. One
     * tooltip serves the whole series and takes each node's text as the mouse enters it: a tooltip is a window with
     * its own scene, too costly to make for every bar of a big chart.
     */
    public static <X, Y> void onData(XYChart.Series<X, Y> series, Function<XYChart.Data<X, Y>, String> text) {
        Tooltip shared = tooltip("");
        for (XYChart.Data<X, Y> data : series.getData()) {
            Charts.onNode(data, node -> lazy(node, shared, () -> text.apply(data)));
        }
        series.getData().addListener((javafx.collections.ListChangeListener<XYChart.Data<X, Y>>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    change.getAddedSubList().forEach(d -> Charts.onNode(d, node -> lazy(node, shared,
                            () -> text.apply(d))));
                }
            }
        });
    }

    /**
     * Shows {@code shared} over {@code node} with the text {@code text} gives when the mouse enters it: many nodes,
     * one tooltip window.
     */
    public static void lazy(Node node, Tooltip shared, java.util.function.Supplier<String> text) {
        Tooltip.install(node, shared);
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> shared.setText(text.get()));
    }

    /**
     * For charts with a numeric x axis: while the mouse is over the plot, a tooltip beside it shows
     * {@code text.apply(x)} for the x value under the mouse (return null to show nothing there).
     */
    public static <Y> void followMouse(XYChart<Number, Y> chart, DoubleFunction<String> text) {
        if (!(chart.getXAxis() instanceof ValueAxis<Number> axis)) {
            throw new IllegalArgumentException("followMouse needs a numeric x axis");
        }
        Tooltip tooltip = tooltip("");
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Point2D local = axis.sceneToLocal(e.getSceneX(), e.getSceneY());
            String shown = null;
            if (local.getX() >= 0 && local.getX() <= axis.getWidth()) {
                shown = text.apply(axis.getValueForDisplay(local.getX()).doubleValue());
            }
            if (shown == null || shown.isBlank()) {
                tooltip.hide();
                return;
            }
            tooltip.setText(shown);
            tooltip.show(chart, e.getScreenX() + 14, e.getScreenY() + 14);
        });
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.hide());
    }
}
