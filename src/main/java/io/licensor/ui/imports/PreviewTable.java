package io.licensor.ui.imports;

import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.PreviewRow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The preview of the first rows, one table column per file column, with the line number first. A mapped column says
 * in its header which receipt field it feeds ("Royalty" over "amount paid"), in the accent colour.
 */
final class PreviewTable {
    static final String MAPPED = "mapped";

    private final TableView<PreviewRow> table;
    private final MappingForm form;
    private DetectedFormat format;

    PreviewTable(TableView<PreviewRow> table, MappingForm form) {
        this.table = table;
        this.form = form;
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No rows after the column names."));
        for (var property : form.all()) {
            property.addListener(o -> markMapped());
        }
    }

    void show(DetectedFormat detected) {
        this.format = detected;
        List<TableColumn<PreviewRow, ?>> columns = new ArrayList<>();
        TableColumn<PreviewRow, Long> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(52);
        line.getStyleClass().add("line-column");
        columns.add(line);
        for (int i = 0; i < detected.header().size(); i++) {
            int index = i;
            TableColumn<PreviewRow, String> column = new TableColumn<>();
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().cells().size()
                    ? c.getValue().cells().get(index) : ""));
            column.setPrefWidth(Math.max(90, Math.min(200, 9 * detected.header().get(i).length() + 24)));
            column.setSortable(false);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.setItems(FXCollections.observableArrayList(detected.preview()));
        markMapped();
    }

    /** Header words and colour for the columns that feed a field. */
    private void markMapped() {
        if (format == null) {
            return;
        }
        for (int i = 0; i < format.header().size(); i++) {
            TableColumn<PreviewRow, ?> column = table.getColumns().get(i + 1);
            String name = format.header().get(i);
            List<String> fields = new ArrayList<>();
            for (Field field : MappingForm.FIELDS) {
                String mapped = form.column(field).get();
                if (mapped != null && format.columnIndex(mapped) == i) {
                    fields.add(FormatWords.label(field).toLowerCase(java.util.Locale.ROOT));
                }
            }
            Label title = new Label(name.isEmpty() ? "(no name)" : name);
            Label feeds = new Label(fields.isEmpty() ? " " : "\u2192 " + String.join(", ", fields));
            feeds.getStyleClass().add("feeds");
            VBox header = new VBox(title, feeds);
            header.getStyleClass().add("preview-header");
            column.setGraphic(header);
            Tooltip.install(header, new Tooltip(fields.isEmpty() ? name + ": not used"
                    : name + " feeds the receipt's " + String.join(" and ", fields)));
            column.getStyleClass().remove(MAPPED);
            if (!fields.isEmpty()) {
                column.getStyleClass().add(MAPPED);
            }
        }
    }
}
