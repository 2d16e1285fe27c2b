package io.licensor.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Row settings for big tables. */
public final class TableRows {
    private static final int TRIES = 20;

    private TableRows() {}

    /**
     * Fixes the table's row height to that of its tallest row shown (the theme's dense row: one line of text). Without a
     * fixed height JavaFX's VirtualFlow measures rows again on every scroll to estimate the height of all of them,
     * which took the FX thread over 100 ms per scroll step at a million rows; with it, a step lays out only the rows in
     * view. Rows here never wrap their text, so one height fits all.
     */
    public static <S> void fixHeight(TableView<S> table) {
        ListChangeListener<S> filled = c -> measureSoon(table);
        table.getItems().addListener(filled);
        table.itemsProperty().addListener((obs, old, items) -> {
            if (old != null) {
                old.removeListener(filled);
            }
            if (items != null) {
                items.addListener(filled);
            }
            measureSoon(table);
        });
        // rows already there (a table filled before this call) are measured too
        measureSoon(table);
    }

    private static void measureSoon(TableView<?> table) {
        if (table.getFixedCellSize() <= 0 && table.getItems() != null && !table.getItems().isEmpty()) {
            Platform.runLater(() -> measure(table, TRIES));
        }
    }

    private static void measure(TableView<?> table, int triesLeft) {
        if (table.getFixedCellSize() > 0) {
            return;
        }
        // the tallest row in view: a row whose cells draw an icon must not be cut short by a row of plain text
        double tallest = 0;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && !row.isEmpty()) {
                tallest = Math.max(tallest, row.getHeight());
            }
        }
        if (tallest > 0) {
            table.setFixedCellSize(tallest);
            return;
        }
        if (triesLeft > 0) {
            // not laid out yet (the window is still opening): look again after the next pulse
            Platform.runLater(() -> measure(table, triesLeft - 1));
        }
    }
}
