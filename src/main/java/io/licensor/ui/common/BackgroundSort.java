package io.licensor.ui.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * Sorts a big table off the FX thread. The table shows {@link #rows()}, a plain list this class fills: when the user
 * sorts by a column, or the {@code source} rows change (a reload, a filter), the source is copied, each sort column's
 * values are read once per row and an index array is sorted by them on a background thread; the sorted rows then
 * replace the shown ones as a new list on the FX thread, and the selected row stays selected. Meanwhile
 * {@link #busyProperty()} is true and the table keeps showing the previous order. A newer request makes an older,
 * still running one void. Lists smaller than the threshold are sorted at once on the FX thread (a few milliseconds):
 * small portfolios see no flicker of a busy mark.
 * <p>The sort is stable: rows equal in every sort column keep the source's order, as with JavaFX's own SortedList.
 */
public final class BackgroundSort<S> {
    /** Below this many rows the sort runs at once on the FX thread. */
    public static final int THRESHOLD = 20_000;
    private static final ExecutorService SORTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "licensor-table-sort");
        t.setDaemon(true);
        return t;
    });

    private final TableView<S> table;
    private final ObservableList<S> source;
    private final Executor executor;
    private final int threshold;
    private ObservableList<S> rows = new RowList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper swapping = new ReadOnlyBooleanWrapper(false);
    private long generation;

    private BackgroundSort(TableView<S> table, ObservableList<S> source, Executor executor, int threshold) {
        this.table = table;
        this.source = source;
        this.executor = executor;
        this.threshold = threshold;
    }

    /** The one background thread that sorts and filters big tables (one at a time: newer requests void older). */
    static Executor worker() {
        return SORTER;
    }

    /** Makes {@code table} show {@code source} sorted in the background by its sort order. FX thread. */
    public static <S> BackgroundSort<S> install(TableView<S> table, ObservableList<S> source) {
        return install(table, source, SORTER, THRESHOLD);
    }

    /** As {@link #install(TableView, ObservableList)}, on {@code executor}, sorting at once below {@code threshold}. */
    public static <S> BackgroundSort<S> install(TableView<S> table, ObservableList<S> source, Executor executor,
            int threshold) {
        BackgroundSort<S> sort = new BackgroundSort<>(Objects.requireNonNull(table, "table"),
                Objects.requireNonNull(source, "source"), Objects.requireNonNull(executor, "executor"), threshold);
        table.setItems(sort.rows);
        table.getProperties().put(BackgroundSort.class, sort);
        table.setSortPolicy(t -> {
            if (!sort.swapping.get()) {
                sort.request();
            }
            return true;
        });
        source.addListener((ListChangeListener<S>) c -> sort.request());
        sort.request();
        return sort;
    }

    /** True while the table sorts in the background (false for a table this class does not sort). */
    public static boolean isBusy(TableView<?> table) {
        return table.getProperties().get(BackgroundSort.class) instanceof BackgroundSort<?> sort && sort.busy.get();
    }

    /** The rows the table shows, sorted (a new list after each sort). */
    public ObservableList<S> rows() {
        return rows;
    }

    /** True from a sort request until its rows are shown. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while sorted rows replace the shown ones: selection changes then are not the user's doing. */
    public ReadOnlyBooleanProperty swappingProperty() {
        return swapping.getReadOnlyProperty();
    }

    /** Sorts the source again by the table's sort order; FX thread. */
    public void request() {
        long request = ++generation;
        // a RowList's rows are immutable: read as they are on the sorting thread, no copy on the FX thread
        List<S> snapshot = RowList.snapshotOf(source);
        List<SortKey<S>> keys = keys();
        if (keys.isEmpty()) {
            show(request, snapshot);
            return;
        }
        if (snapshot.size() < threshold) {
            show(request, sorted(snapshot, keys));
            return;
        }
        busy.set(true);
        executor.execute(() -> {
            List<S> result = sorted(snapshot, keys);
            Platform.runLater(() -> show(request, result));
        });
    }

    /**
     * One sort column, taken on the FX thread: its value per row is read once through its cell value factory (here
     * always a plain function of the row that touches no node), then compared by the column's comparator.
     */
    private record SortKey<S>(TableView<S> table, TableColumn<S, Object> column,
            Callback<TableColumn.CellDataFeatures<S, Object>, ObservableValue<Object>> values,
            Comparator<Object> order) {
        Object value(S row) {
            ObservableValue<Object> value = values.call(new TableColumn.CellDataFeatures<>(table, column, row));
            return value == null ? null : value.getValue();
        }
    }

    @SuppressWarnings("unchecked")
    private List<SortKey<S>> keys() {
        List<SortKey<S>> keys = new ArrayList<>();
        for (TableColumn<S, ?> c : table.getSortOrder()) {
            TableColumn<S, Object> column = (TableColumn<S, Object>) c;
            Comparator<Object> order = column.getComparator();
            if (order == null || column.getCellValueFactory() == null) {
                continue;
            }
            keys.add(new SortKey<>(table, column, column.getCellValueFactory(),
                    column.getSortType() == TableColumn.SortType.DESCENDING ? order.reversed() : order));
        }
        return keys;
    }

    /**
     * The rows in sort order (an immutable list). Reads each sort column's cell value once per row (cell value
     * factories are plain functions of the row here; they touch no node), then sorts the row positions by those values.
     */
    private static <S> List<S> sorted(List<S> rows, List<SortKey<S>> keys) {
        int n = rows.size();
        Object[][] values = new Object[keys.size()][n];
        for (int k = 0; k < keys.size(); k++) {
            SortKey<S> key = keys.get(k);
            for (int i = 0; i < n; i++) {
                values[k][i] = key.value(rows.get(i));
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            for (int k = 0; k < values.length; k++) {
                int c = keys.get(k).order().compare(values[k][a], values[k][b]);
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a, b);
        });
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = rows.get(order[i]);
        }
        @SuppressWarnings("unchecked")
        List<S> list = (List<S>) Collections.unmodifiableList(Arrays.asList(out));
        return list;
    }

    private void show(long request, List<S> sorted) {
        if (request != generation) {
            return;
        }
        S selected = table.getSelectionModel().getSelectedItem();
        swapping.set(true);
        try {
            // a new list, not setAll: a change replacing a million rows cost the table's selection and focus models
            // hundreds of milliseconds of the FX thread; a new list only resets them. A RowList shows the sorted
            // rows without copying them.
            // (a new list also empties the table's sort order: put it back, the rows are sorted by it already)
            List<TableColumn<S, ?>> order = List.copyOf(table.getSortOrder());
            rows = new RowList<>(sorted);
            table.setItems(rows);
            if (!table.getSortOrder().equals(order)) {
                table.getSortOrder().setAll(order);
            }
            int at = selected == null ? -1 : indexOf(sorted, selected);
            if (at >= 0) {
                table.getSelectionModel().clearAndSelect(at);
                table.scrollTo(Math.max(0, at - 3));
            } else {
                table.getSelectionModel().clearSelection();
            }
        } finally {
            swapping.set(false);
            busy.set(false);
        }
    }

    /**
     * The selected row's new place: the same object, or -1 (after a reload the rows are new objects: the owner of the
     * table selects its row again by id; comparing every row by equals here would cost the FX thread more).
     */
    private static int indexOf(List<?> rows, Object row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        return -1;
    }
}
