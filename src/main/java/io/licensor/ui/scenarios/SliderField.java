package io.licensor.ui.scenarios;

import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Keeps a slider position and a text field in step with one {@link DecimalInput}, both ways: dragging snaps to the
 * input's step and rewrites the field; typing sets the exact value and moves the thumb (widening the slider when the
 * typed value lies beyond it). A guard stops the two from echoing each other, so a typed 12.345 % is not snapped back
 * by its own thumb movement. Problems show under the field.
 */
final class SliderField {
    private boolean syncing;

    private SliderField() {}

    /** Binds {@code position} (a slider's value, or one thumb of a range slider) and {@code field} to {@code input}. */
    static void bind(DoubleProperty position, DoubleProperty max, TextField field, DecimalInput input) {
        SliderField guard = new SliderField();
        field.setText(input.textProperty().get());
        widen(max, input.shown());
        position.set(input.shown());
        position.addListener((obs, old, now) -> {
            if (!guard.syncing) {
                guard.run(() -> {
                    input.slide(now.doubleValue());
                    field.setText(input.textProperty().get());
                });
            }
        });
        field.textProperty().addListener((obs, old, now) -> {
            if (!guard.syncing) {
                guard.run(() -> {
                    input.type(now);
                    if (!input.hasProblem() && input.value() != null) {
                        widen(max, input.shown());
                        position.set(input.shown());
                    }
                });
            }
        });
        input.textProperty().addListener((obs, old, now) -> {
            if (!guard.syncing && !now.equals(field.getText())) {
                guard.run(() -> {
                    field.setText(now);
                    widen(max, input.shown());
                    position.set(input.shown());
                });
            }
        });
    }

    private void run(Runnable r) {
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = false;
        }
    }

    private static void widen(DoubleProperty max, double value) {
        if (value > max.get()) {
            max.set(StudioFigures.niceCeiling(BigDecimal.valueOf(value)).doubleValue());
        }
    }

    /** A calm slider: no ticks, no animation; keyboard steps of a hundredth of the range. */
    static Slider slider(double min, double max) {
        Slider s = new Slider(min, max, min);
        s.setMinWidth(90);
        s.setPrefWidth(180);
        s.setMaxWidth(Double.MAX_VALUE);
        s.setBlockIncrement((max - min) / 100);
        return s;
    }

    static TextField field(String id, String unit) {
        TextField f = new TextField();
        f.setId(id);
        f.getStyleClass().add(StyleClasses.MONEY);
        f.setPrefColumnCount(8);
        f.setMinWidth(86);
        f.setPrefWidth(96);
        f.setAccessibleText(unit);
        return f;
    }

    /** A label under the field that shows the input's problem, taking no room when there is none. */
    static Label message(DecimalInput input) {
        Label l = new Label();
        l.getStyleClass().add(StyleClasses.FIELD_MESSAGE);
        l.setWrapText(true);
        l.textProperty().bind(input.problemProperty());
        l.visibleProperty().bind(input.problemProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** Adds label, slider, field + unit and message as one row (and a message row) of {@code grid}. */
    static int addRow(GridPane grid, int row, String label, Slider slider, TextField field, String unit,
            DecimalInput input) {
        Label name = new Label(label);
        name.setMinWidth(Label.USE_PREF_SIZE);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        grid.add(slider, 1, row);
        GridPane.setHgrow(slider, Priority.ALWAYS);
        grid.add(field, 2, row);
        Label u = new Label(unit);
        u.getStyleClass().add("unit");
        grid.add(u, 3, row);
        bind(slider.valueProperty(), slider.maxProperty(), field, input);
        grid.add(message(input), 1, row + 1, 3, 1);
        return row + 2;
    }
}
