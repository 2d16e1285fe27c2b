package io.licensor.ui.common;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Row settings for big tables. */
public final class TableRows {
    /** Layout pulses to wait for a first row before giving up (the table then keeps measuring rows itself). */
    private static final int TRIES = 20;
    private static final String MEASURING = TableRows.class.getName() + ".measuring";

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
        if (table.getFixedCellSize() <= 0 && table.getItems() != null && !table.getItems().isEmpty()
                && table.getProperties().putIfAbsent(MEASURING, Boolean.TRUE) == null) {
            whenInScene(table, scene -> afterPulses(table, scene, TRIES));
        }
    }

    /** Runs {@code then} with the table's scene, now or once the table is in one (a section not shown yet). */
    private static void whenInScene(TableView<?> table, java.util.function.Consumer<Scene> then) {
        if (table.getScene() != null) {
            then.accept(table.getScene());
            return;
        }
        table.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    table.sceneProperty().removeListener(this);
                    then.accept(scene);
                }
            }
        });
    }

    /**
     * Measures after the scene's next layout pulse, and again after each following one until a row has been laid out
     * or {@code pulses} pulses have passed (a runLater alone may come round before any pulse has laid the rows out).
     */
    private static void afterPulses(TableView<?> table, Scene scene, int pulses) {
        int[] left = {pulses};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (listener[0] == null) {
                return;
            }
            if (measure(table) || --left[0] <= 0) {
                Runnable done = listener[0];
                listener[0] = null;
                table.getProperties().remove(MEASURING);
                // not while the scene walks its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(done));
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Fixes the height of the tallest row in view; false when no row is laid out yet. */
    private static boolean measure(TableView<?> table) {
        if (table.getFixedCellSize() > 0) {
            return true;
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
            return true;
        }
        return false;
    }
}
