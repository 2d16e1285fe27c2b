package io.licensor.ui.scenarios;

import java.math.BigDecimal;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;

/** The revenue projection's sliders and fields: first-year revenue, growth, years, discount rate, withholding. */
final class RevenueEditor {
    private RevenueEditor() {}

    static Node build(RevenueDraft r, String currency, boolean units) {
        GridPane g = StructureEditor.grid();
        g.getStyleClass().add("revenue-editor");
        double revenueMax = StudioFigures.niceCeiling(BigDecimal.valueOf(Math.max(100_000,
                r.firstYear().shown() * 3))).doubleValue();
        int row = 0;
        row = add(g, row, units ? "First-year units" : "First-year revenue", "revenue", 0, revenueMax,
                units ? "units" : currency, r.firstYear());
        row = add(g, row, "Growth a year", "growth", -50, 100, "%", r.growth());
        row = add(g, row, "Years", "years", 1, 30, "years", r.years());
        row = add(g, row, "Discount rate", "discount", 0, 30, "%", r.discount());
        add(g, row, "Withholding", "withholding", 0, 50, "%", r.withholding());
        return g;
    }

    private static int add(GridPane g, int row, String label, String key, double min, double max, String unit,
            DecimalInput input) {
        Slider s = SliderField.slider(min, Math.max(max, input.shown()));
        s.setId("revenue-" + key);
        return SliderField.addRow(g, row, label, s, SliderField.field("revenue-" + key + "field", unit), unit, input);
    }
}
