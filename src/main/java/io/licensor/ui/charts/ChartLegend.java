package io.licensor.ui.charts;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A chart's legend in the palette's colours: a swatch (a square for bars, a short bar for lines) and the series'
 * name per entry, wrapping onto more lines when narrow. Put it under the chart; {@link #setEntries} replaces it.
 */
public final class ChartLegend extends FlowPane {

    /** How a series is drawn, so the swatch looks like it. */
    public enum Mark { BAR, LINE }

    /** One entry: the series' name and its palette index. */
    public record Entry(String name, int colourIndex, Mark mark) {
        public static Entry bar(String name, int colourIndex) {
            return new Entry(name, colourIndex, Mark.BAR);
        }

        public static Entry line(String name, int colourIndex) {
            return new Entry(name, colourIndex, Mark.LINE);
        }
    }

    public ChartLegend() {
        super(14, 4);
        getStyleClass().add("chart-key");
        getStylesheets().add(Charts.STYLESHEET);
    }

    public ChartLegend(List<Entry> entries) {
        this();
        setEntries(entries);
    }

    public void setEntries(List<Entry> entries) {
        getChildren().setAll(entries.stream().map(ChartLegend::item).toList());
    }

    private static Label item(Entry entry) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("chart-key-swatch", entry.mark() == Mark.LINE ? "line" : "bar");
        swatch.setStyle("-fx-background-color: " + ChartPalette.web(entry.colourIndex()) + ";");
        Label label = new Label(entry.name(), swatch);
        label.getStyleClass().add("chart-key-item");
        return label;
    }
}
