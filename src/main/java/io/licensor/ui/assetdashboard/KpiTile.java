package io.licensor.ui.assetdashboard;

import io.licensor.ui.charts.ChartTooltips;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * A dashboard tile: the figure's name, the figure in large tabular digits, a line of context; the tooltip says how it
 * is computed. The value never truncates: the tile grows to fit it, and the grid wraps tiles instead.
 */
public final class KpiTile extends VBox {
    private final Label title = new Label();
    private final Label value = new Label();
    private final Label detail = new Label();
    private final Tooltip tooltip = ChartTooltips.tooltip("");

    public KpiTile() {
        getStyleClass().add("kpi-tile");
        title.getStyleClass().add("kpi-title");
        value.getStyleClass().add("kpi-value");
        detail.getStyleClass().add("kpi-detail");
        title.setWrapText(true);
        detail.setWrapText(true);
        value.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(title, value, detail);
        Tooltip.install(this, tooltip);
    }

    public KpiTile(Kpi kpi) {
        this();
        show(kpi);
    }

    public void show(Kpi kpi) {
        title.setText(kpi.title());
        value.setText(kpi.value());
        detail.setText(kpi.detail());
        tooltip.setText(kpi.title() + ": " + kpi.definition()
                + (kpi.exact().isEmpty() ? "" : "\n\nExact value: " + kpi.exact()));
        getStyleClass().removeAll("good", "warning", "danger");
        if (kpi.tone() != Kpi.Tone.NORMAL) {
            getStyleClass().add(kpi.tone().name().toLowerCase(java.util.Locale.ROOT));
        }
        setAccessibleText(kpi.title() + ": " + kpi.value() + ". " + kpi.detail());
    }

    /** The figure as shown, for tests. */
    public String valueText() {
        return value.getText();
    }

    public String titleText() {
        return title.getText();
    }

    public String detailText() {
        return detail.getText();
    }

    public Tooltip definitionTooltip() {
        return tooltip;
    }
}
