package io.licensor.ui.assets;

import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A small editable table for the lines of an asset (owners, valuations, components): a header row, one row of
 * fields per line, a remove button per line and an add button below. Fields edit the line's properties directly, so
 * nothing waits for an Enter key to commit (the usual trap of editable TableViews in forms).
 */
public final class LineEditor<R> extends VBox {

    /**
     * Builds the fields of line {@code index}: the nodes fill the columns in order; one node more than there are
     * columns goes on a second row under them, spanning all of them (for lines too wide for the pane).
     */
    public interface LineFactory<R> extends BiFunction<R, Integer, List<Node>> {}

    private final GridPane grid = new GridPane();
    private final ObservableList<R> lines;
    private final List<String> headers;
    private final LineFactory<R> factory;
    private final Runnable beforeRebuild;
    /** Set while the add button adds a line, so the new line's first field gets the cursor. */
    private boolean focusNewLine;

    public LineEditor(ObservableList<R> lines, List<String> headers, double[] widths, LineFactory<R> factory,
            String addText, Runnable add, Runnable beforeRebuild) {
        this.lines = lines;
        this.headers = headers;
        this.factory = factory;
        this.beforeRebuild = beforeRebuild;
        getStyleClass().add("line-editor");
        grid.setHgap(6);
        grid.setVgap(4);
        for (double width : widths) {
            ColumnConstraints column = new ColumnConstraints();
            if (width > 0) {
                column.setPrefWidth(width);
                column.setMinWidth(width * 0.6);
            } else {
                column.setHgrow(Priority.ALWAYS);
                column.setMinWidth(80);
            }
            grid.getColumnConstraints().add(column);
        }
        grid.getColumnConstraints().add(new ColumnConstraints(30));
        Button addButton = new Button(addText, new FontIcon(Feather.PLUS));
        addButton.getStyleClass().add("add-line");
        addButton.setOnAction(e -> {
            focusNewLine = true;
            add.run();
            focusNewLine = false;
        });
        setSpacing(6);
        getChildren().addAll(grid, addButton);
        lines.addListener((ListChangeListener<R>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
    }

    private void rebuild() {
        beforeRebuild.run();
        grid.getChildren().clear();
        grid.setVisible(!lines.isEmpty());
        grid.setManaged(!lines.isEmpty());
        for (int c = 0; c < headers.size(); c++) {
            Label header = new Label(headers.get(c));
            header.getStyleClass().add("line-header");
            grid.add(header, c, 0);
        }
        int row = 1;
        for (int i = 0; i < lines.size(); i++) {
            R line = lines.get(i);
            List<Node> fields = factory.apply(line, i);
            int columns = Math.min(fields.size(), headers.size());
            for (int c = 0; c < columns; c++) {
                grid.add(fields.get(c), c, row);
            }
            if (focusNewLine && i == lines.size() - 1 && !fields.isEmpty()) {
                fields.get(0).requestFocus();
            }
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll("button-icon", "flat", "remove-line");
            remove.setTooltip(new Tooltip("Remove this line"));
            remove.setAccessibleText("Remove line " + (i + 1));
            remove.setOnAction(e -> lines.remove(line));
            GridPane.setHalignment(remove, HPos.CENTER);
            grid.add(remove, headers.size(), row);
            row++;
            if (fields.size() > columns) {
                Node below = fields.get(columns);
                grid.add(below, 0, row, headers.size(), 1);
                GridPane.setMargin(below, new javafx.geometry.Insets(0, 0, 6, 0));
                row++;
            }
        }
    }
}
