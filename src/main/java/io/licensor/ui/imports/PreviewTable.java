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
    private static final double HEADER_CHAR = 9.3;
    private static final double CELL_CHAR = 7.2;
    private static final double PADDING = 24;
    private static final double MIN_WIDTH = 60;
    private static final double UNMAPPED_WIDTH = 120;
    private static final double UNMAPPED_MIN = 64;
    private static final double MAX_WIDTH = 220;
    private static final double SCROLLBAR = 16;

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
        table.widthProperty().addListener(o -> markMapped());
    }

    void show(DetectedFormat detected) {
        this.format = detected;
        List<TableColumn<PreviewRow, ?>> columns = new ArrayList<>();
        TableColumn<PreviewRow, Long> line = new TableColumn<>("Line");
        line.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        line.setPrefWidth(54);
        line.getStyleClass().add("line-column");
        columns.add(line);
        for (int i = 0; i < detected.header().size(); i++) {
            int index = i;
            TableColumn<PreviewRow, String> column = new TableColumn<>();
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(index < c.getValue().cells().size()
                    ? c.getValue().cells().get(index) : ""));
            column.setSortable(false);
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.setItems(FXCollections.observableArrayList(detected.preview()));
        markMapped();
    }

    /**
     * A mapped column is wide enough for its name, what it feeds and its longest previewed value; the others are
     * kept narrow (their whole text is in the tooltip), so the mapped ones fit next to the mapping form.
     */
    private double width(int index, String feeds) {
        double width = HEADER_CHAR * format.header().get(index).length() + PADDING;
        for (PreviewRow row : format.preview()) {
            if (index < row.cells().size()) {
                width = Math.max(width, CELL_CHAR * row.cells().get(index).length() + PADDING);
            }
        }
        if (feeds == null) {
            return Math.max(MIN_WIDTH, Math.min(UNMAPPED_WIDTH, width));
        }
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.max(width, CELL_CHAR * feeds.length() + PADDING)));
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
            String feedsText = fields.isEmpty() ? null : "\u2192 " + String.join(", ", fields);
            column.setPrefWidth(width(i, feedsText));
            Label title = new Label(name.isEmpty() ? "(no name)" : name);
            Label feeds = new Label(feedsText == null ? " " : feedsText);
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
        fitUnmapped();
    }

    /** Narrows the columns no field uses (down to a minimum) so that the mapped ones are all in view. */
    private void fitUnmapped() {
        double available = table.getWidth() - SCROLLBAR;
        double total = 0;
        double unmapped = 0;
        for (TableColumn<PreviewRow, ?> column : table.getColumns()) {
            total += column.getPrefWidth();
            if (column != table.getColumns().get(0) && !column.getStyleClass().contains(MAPPED)) {
                unmapped += column.getPrefWidth();
            }
        }
        if (available <= 0 || total <= available || unmapped == 0) {
            return;
        }
        double scale = Math.max(0, (unmapped - (total - available)) / unmapped);
        for (TableColumn<PreviewRow, ?> column : table.getColumns().subList(1, table.getColumns().size())) {
            if (!column.getStyleClass().contains(MAPPED)) {
                column.setPrefWidth(Math.max(UNMAPPED_MIN, column.getPrefWidth() * scale));
            }
        }
    }
}
