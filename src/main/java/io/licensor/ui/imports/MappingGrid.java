package io.licensor.ui.imports;

import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;

/** One row per receipt field: its name (required ones marked) and the file column feeding it, or none. */
final class MappingGrid {
    static final String NONE = "(none)";

    private final List<ComboBox<String>> boxes = new ArrayList<>();
    private final MappingForm form;
    private boolean showing;

    MappingGrid(GridPane grid, MappingForm form) {
        this.form = form;
        int row = 0;
        for (Field field : MappingForm.FIELDS) {
            boolean required = field == Field.PERIOD_END || field == Field.GROSS;
            Label label = new Label(FormatWords.label(field) + (required ? " *" : ""));
            label.setTooltip(new Tooltip(FormatWords.help(field)));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            ComboBox<String> box = new ComboBox<>();
            box.setId(field.key() + "Column");
            box.setMaxWidth(Double.MAX_VALUE);
            box.setTooltip(new Tooltip(FormatWords.help(field)));
            label.setLabelFor(box);
            bind(box, form.column(field));
            grid.addRow(row++, label, box);
            boxes.add(box);
        }
    }

    private void bind(ComboBox<String> box, ObjectProperty<String> column) {
        box.valueProperty().addListener((obs, old, value) -> {
            if (showing) {
                return;
            }
            String chosen = value == null || NONE.equals(value) ? null : value;
            if (!Objects.equals(chosen, column.get())) {
                column.set(chosen);
            }
        });
        column.addListener((obs, old, value) -> {
            if (!showing) {
                box.setValue(value == null ? NONE : value);
            }
        });
    }

    /** The file's column names as the choices, each field showing its column. */
    void show(DetectedFormat format) {
        List<String> names = new ArrayList<>();
        names.add(NONE);
        format.header().stream().filter(n -> !n.isEmpty()).forEach(names::add);
        // the mapping keeps its names as they are; the boxes show the header's spelling of them
        showing = true;
        try {
            for (int i = 0; i < boxes.size(); i++) {
                ComboBox<String> box = boxes.get(i);
                String mapped = form.column(MappingForm.FIELDS.get(i)).get();
                box.getItems().setAll(names);
                int at = mapped == null ? -1 : format.columnIndex(mapped);
                box.setValue(at < 0 ? NONE : format.header().get(at));
            }
        } finally {
            showing = false;
        }
    }
}
