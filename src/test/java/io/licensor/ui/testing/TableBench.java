package io.licensor.ui.testing;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The user actions of a big table, timed in a headless toolkit: scrolling (scrollTo steps from top to bottom, page
 * down), sorting by each column, and any other action given. Every action is timed from the moment it is posted to
 * the FX thread until the table is laid out again and {@code idle} holds (a background sort has swapped its rows in),
 * with the FX thread's CPU time over that span and the longest stall of the FX thread ({@link StallWatch}). Prints one
 * line per figure, parsed by io.licensor.bench.TableFigures. For benchmarks, not tests.
 */
public final class TableBench {
    private static final int WARM_UP = 60;

    private final String name;
    private final TableView<?> table;
    private final Parent root;
    private final StallWatch watch;
    private final BooleanSupplier idle;

    public TableBench(String name, TableView<?> table, Parent root, StallWatch watch, BooleanSupplier idle) {
        this.name = name;
        this.table = table;
        this.root = root;
        this.watch = watch;
        this.idle = idle;
    }

    /**
     * Scrolls from the first row to the last in {@code steps} scrollTo steps, twice: each step as the next pulse does
     * it (the figure; CSS of the nodes that changed, then layout), and each step with the CSS of the whole section
     * forced (the measurement of sessions 3 and 4 before the fix, printed beside it for comparison).
     */
    public void scroll(int steps) {
        scroll(steps, true);
    }

    /**
     * The same; without {@code alsoForced} only the steps as pulses (for profiling). Returns the steps as pulses in
     * order from the top: {wall, FX CPU} in nanoseconds.
     */
    public List<long[]> scroll(int steps, boolean alsoForced) {
        int rows = Fx.call(() -> table.getItems().size());
        waitUntil(idle);
        // an untimed pass first: the first pass over a table creates its cells and warms the JIT and the style caches,
        // which would favour whichever of the two measurements came second
        for (int i = 0; i < WARM_UP; i++) {
            int target = (int) ((long) (rows - 1) * i / (WARM_UP - 1));
            pulseStep(() -> table.scrollTo(target));
        }
        Fx.run(() -> table.scrollTo(0));
        List<long[]> pulses = new ArrayList<>();
        List<long[]> forced = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            int target = (int) ((long) (rows - 1) * i / Math.max(1, steps - 1));
            pulses.add(pulseStep(() -> table.scrollTo(target)));
        }
        Fx.run(() -> table.scrollTo(0));
        for (int i = 0; alsoForced && i < steps; i++) {
            int target = (int) ((long) (rows - 1) * i / Math.max(1, steps - 1));
            forced.add(step(() -> table.scrollTo(target)));
        }
        report("scroll: scrollTo step, top to bottom", pulses);
        if (alsoForced) {
            report("scroll: scrollTo step, whole-section CSS forced (old measurement)", forced);
        }
        return pulses;
    }

    /** Page down {@code steps} times from the first row (the selection moves: a selected row's editor follows). */
    public void pageDown(int steps) {
        report("scroll: page down (selection moves)", pageDowns(steps, true));
        report("scroll: page down, whole-section CSS forced (old measurement)", pageDowns(steps, false));
    }

    private List<long[]> pageDowns(int steps, boolean asPulse) {
        Fx.run(() -> {
            table.scrollTo(0);
            table.getSelectionModel().clearAndSelect(0);
            table.requestFocus();
        });
        List<long[]> samples = new ArrayList<>();
        Runnable press = () -> Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.PAGE_DOWN,
                false, false, false, false));
        for (int i = 0; i < steps; i++) {
            samples.add(asPulse ? pulseStep(press) : step(press));
        }
        return samples;
    }

    /**
     * Sorts by each sortable, visible column (ascending, then descending; at most {@code limit} columns), then by
     * {@code first} again.
     */
    public void sortEachColumn(TableColumn<?, ?> first, int limit) {
        List<TableColumn<?, ?>> columns = Fx.call(() -> table.getColumns().stream()
                .filter(c -> c.isSortable() && c.isVisible()).limit(limit).<TableColumn<?, ?>>map(c -> c).toList());
        for (TableColumn<?, ?> column : columns) {
            sortBy(column, TableColumn.SortType.ASCENDING);
            sortBy(column, TableColumn.SortType.DESCENDING);
        }
        sortBy(first, TableColumn.SortType.ASCENDING);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void sortBy(TableColumn column, TableColumn.SortType type) {
        action("sort: by " + column.getText() + " " + type.name().toLowerCase(Locale.ROOT), () -> {
            column.setSortType(type);
            ((TableView) table).getSortOrder().setAll(List.of(column));
        });
    }

    /** Times one action on the FX thread until laid out and idle; prints wall, FX CPU and longest stall. */
    public long[] action(String what, Runnable work) {
        return action(what, work, idle);
    }

    /** The same, waiting after the action until {@code done} holds (and the table is idle). */
    public long[] action(String what, Runnable work, BooleanSupplier done) {
        long[] t = timed(work, () -> idle.getAsBoolean() && done.getAsBoolean());
        System.out.printf(Locale.ROOT, "%s %s: wall %.1f ms, FX thread CPU %.1f ms, longest FX stall %.1f ms "
                + "(FX CPU %.1f ms)%n", name, what, ms(t[0]), ms(t[1]), ms(t[2]), ms(t[3]));
        return t;
    }

    /** {wall, FX CPU, longest stall wall, its FX CPU} in nanoseconds. */
    private long[] timed(Runnable work, BooleanSupplier done) {
        waitUntil(idle);
        watch.reset();
        long cpu = watch.fxCpu();
        long wall = System.nanoTime();
        call(() -> {
            work.run();
            root.applyCss();
            root.layout();
            return null;
        });
        waitUntil(done);
        call(() -> {
            root.applyCss();
            root.layout();
            return null;
        });
        long[] stall = watch.longest();
        return new long[] {System.nanoTime() - wall, watch.fxCpu() - cpu, stall[0], stall[1]};
    }

    /**
     * One scroll step as the old measurement took it: the work, then CSS forced on the whole section
     * ({@code root.applyCss()} marks every node for a CSS update, which a real pulse does not) and layout, in one FX
     * call: {wall, FX CPU}.
     */
    private long[] step(Runnable work) {
        return call(() -> {
            long cpu = watch.fxCpu();
            long wall = System.nanoTime();
            work.run();
            root.applyCss();
            root.layout();
            return new long[] {System.nanoTime() - wall, watch.fxCpu() - cpu};
        });
    }

    /**
     * One scroll step as the app lives it: the work on the FX thread, then the next pulse (CSS of the nodes marked
     * dirty, layout, and the hand-over of the changed nodes to the renderer), timed until that pulse has ended:
     * {wall, FX CPU}. The FX thread is idle between the work and the pulse, so its CPU time is the step's cost.
     */
    private long[] pulseStep(Runnable work) {
        Scene scene = Fx.call(root::getScene);
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long cpu = watch.fxCpu();
            long wall = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            // runs inside the pulse after its layout; the runLater runs once the whole pulse is over
            listener[0] = () -> {
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
                Platform.runLater(() -> done.complete(new long[] {System.nanoTime() - wall, watch.fxCpu() - cpu}));
            };
            try {
                work.run();
            } finally {
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            }
        });
        try {
            return done.get(30, TimeUnit.MINUTES);
        } catch (Exception e) {
            throw new IllegalStateException("scroll step failed", e);
        }
    }

    private void report(String what, List<long[]> samples) {
        long[] wall = samples.stream().mapToLong(s -> s[0]).sorted().toArray();
        long[] cpu = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s %s, %d steps: wall median %.2f ms, p95 %.2f ms, max %.2f ms; FX thread CPU "
                + "median %.2f ms, p95 %.2f ms, max %.2f ms%n", name, what, samples.size(), ms(median(wall)),
                ms(p95(wall)), ms(wall[wall.length - 1]), ms(median(cpu)), ms(p95(cpu)), ms(cpu[cpu.length - 1]));
    }

    private static long median(long[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long p95(long[] sorted) {
        return sorted[Math.min(sorted.length - 1, sorted.length * 95 / 100)];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Heap in use after a full GC, in bytes. */
    public static long liveHeap() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Runs work on the FX thread and waits for it: a sort of a million rows on the FX thread may take minutes. */
    static <T> T call(Callable<T> work) {
        return Fx.call(work, 30, TimeUnit.MINUTES);
    }

    /** Waits (up to 30 minutes) until {@code condition} holds on the FX thread. */
    public static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(30);
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting on the FX thread");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
