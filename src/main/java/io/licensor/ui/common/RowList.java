package io.licensor.ui.common;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * An observable list of a big table's rows that is replaced as a whole, never edited in place: it shows an immutable
 * list without copying it, and a replacement is one change whose removed rows are the previous list itself. An
 * {@code ObservableArrayList.setAll} of a million rows copied them twice (the new rows and the removed ones) on the
 * FX thread; here a replacement costs nothing but its listeners. Because the rows never change under a reader,
 * {@link #snapshot()} may be handed to a background thread as it is. Read-only for everyone but its owner.
 */
public final class RowList<E> extends ObservableListBase<E> {
    private List<E> rows;

    public RowList() {
        this(List.of());
    }

    /** A list showing {@code rows} (an immutable list, or one nobody changes any more). */
    public RowList(List<E> rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** The rows now shown: immutable, safe to read on any thread. */
    public List<E> snapshot() {
        return rows;
    }

    /** The rows of {@code list} for a background thread: its snapshot, or a copy when it is another kind of list. */
    public static <E> List<E> snapshotOf(ObservableList<E> list) {
        return list instanceof RowList<E> rowList ? rowList.snapshot() : List.copyOf(list);
    }

    /**
     * Shows {@code next} instead (an immutable list, or one nobody changes any more): one "replaced" change. FX
     * thread.
     */
    public void replace(List<E> next) {
        List<E> old = rows;
        rows = Objects.requireNonNull(next, "next");
        if (old.isEmpty() && next.isEmpty()) {
            return;
        }
        fireChange(new Replaced<>(this, old));
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /** Everything replaced in one step; the removed rows are the old list itself (no copy). */
    private static final class Replaced<E> extends ListChangeListener.Change<E> {
        private final List<E> removed;
        private int cursor = -1;

        Replaced(ObservableList<E> list, List<E> removed) {
            super(list);
            this.removed = removed;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            checkState();
            return 0;
        }

        @Override
        public int getTo() {
            checkState();
            return getList().size();
        }

        @Override
        public List<E> getRemoved() {
            checkState();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            checkState();
            return new int[0];
        }

        private void checkState() {
            if (cursor != 0) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting it");
            }
        }
    }
}
