package io.licensor.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;

/**
 * Combo boxes whose first item means "as detected" (a null value, labelled with what detection found) and whose
 * other items set a value in place of detection; bound both ways to a nullable property.
 */
final class Choices {

    /** One item: a value (null for "as detected") and its words. */
    record Choice<T>(T value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private Choices() {
    }

    /** Fills box with "as detected" and the values, and keeps it and property in step. */
    static <T> void bind(ComboBox<Choice<T>> box, ObjectProperty<T> property, List<T> values,
            Function<T, String> label) {
        List<Choice<T>> items = new ArrayList<>();
        items.add(new Choice<>(null, "As detected"));
        values.forEach(v -> items.add(new Choice<>(v, label.apply(v))));
        box.setItems(FXCollections.observableArrayList(items));
        box.getSelectionModel().selectedItemProperty().addListener((obs, old, choice) -> {
            if (choice != null && !Objects.equals(choice.value(), property.get())) {
                property.set(choice.value());
            }
        });
        property.addListener((obs, old, value) -> select(box, value));
        select(box, property.get());
    }

    /** Relabels the "as detected" item with what detection found now ("comma ( , ) (detected)"). */
    static <T> void showDetected(ComboBox<Choice<T>> box, String detected) {
        Choice<T> selected = box.getSelectionModel().getSelectedItem();
        boolean autoSelected = selected != null && selected.value() == null;
        Choice<T> auto = new Choice<>(null, detected + " (detected)");
        box.getItems().set(0, auto);
        if (autoSelected || selected == null) {
            box.getSelectionModel().select(0);
        }
    }

    private static <T> void select(ComboBox<Choice<T>> box, T value) {
        for (Choice<T> choice : box.getItems()) {
            if (Objects.equals(choice.value(), value)) {
                box.getSelectionModel().select(choice);
                return;
            }
        }
    }
}
