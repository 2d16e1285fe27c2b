package io.licensor.ui.charts;

import io.licensor.ui.common.Dialogs;
import java.util.List;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A chart with its legend underneath, as one unit: the context menu saves or copies both (a chart without its legend
 * says little), and an empty chart shows a sentence instead of bare axes.
 */
public final class ChartPanel extends VBox {
    private final Chart chart;
    private final ChartLegend legend;
    private final Label empty = new Label();

    /**
     * @param chart    a chart set up with {@link Charts#prepare}
     * @param entries  the legend's entries
     * @param fileName the suggested PNG name, without extension
     * @param dialogs  where the file is chosen
     */
    public ChartPanel(Chart chart, List<ChartLegend.Entry> entries, String fileName, Dialogs dialogs) {
        this.chart = chart;
        this.legend = new ChartLegend(entries);
        getStyleClass().add("chart-panel");
        getStylesheets().add(Charts.STYLESHEET);
        empty.getStyleClass().add("chart-empty");
        empty.setWrapText(true);
        empty.setVisible(false);
        StackPane stack = new StackPane(chart, empty);
        VBox.setVgrow(stack, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(stack, legend);
        ChartExport.install(this, () -> fileName, dialogs);
    }

    /** Shows {@code message} over the chart (and hides the legend) when there is nothing to draw; null clears it. */
    public ChartPanel emptyMessage(String message) {
        boolean isEmpty = message != null && !message.isBlank();
        empty.setText(isEmpty ? message : "");
        empty.setVisible(isEmpty);
        legend.setVisible(!isEmpty);
        legend.setManaged(!isEmpty);
        return this;
    }

    public Chart chart() {
        return chart;
    }

    public ChartLegend legend() {
        return legend;
    }
}
