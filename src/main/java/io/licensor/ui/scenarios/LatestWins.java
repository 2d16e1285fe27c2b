package io.licensor.ui.scenarios;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Coalesces recomputes while a slider is dragged: at most one recompute is pending and it reads the inputs only when
 * it runs, so the latest value wins and a burst of slider events costs one computation per frame. Work that stays
 * under the frame budget runs on the FX thread at its next turn (no thread hop, no flicker); once a run takes longer,
 * the following runs go to a background thread with {@link #busyProperty()} set for a progress indicator, and come
 * back when they are fast again. Results of superseded background runs are dropped.
 *
 * @param <I> the inputs, read on the FX thread
 * @param <O> the result, applied on the FX thread
 */
final class LatestWins<I, O> {
    /** A 60 Hz frame is 16.7 ms; the recompute gets half of it so the redraw fits in the rest. */
    static final long BUDGET_NANOS = 8_000_000;

    private final Executor fx;
    private final Executor background;
    private final Supplier<I> inputs;
    private final Function<I, O> work;
    private final Consumer<O> apply;
    private final AtomicReference<I> waiting = new AtomicReference<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private boolean pending;
    private boolean slow;
    private int outstanding;
    private volatile long lastNanos;

    /**
     * @param fx         runs a task on the FX thread later (Platform::runLater; tests may pass Runnable::run)
     * @param background runs slow work off the FX thread
     * @param inputs     reads the inputs (on the FX thread); null means nothing to compute
     * @param work       the computation (pure; may run on either thread)
     * @param apply      takes the result (on the FX thread)
     */
    LatestWins(Executor fx, Executor background, Supplier<I> inputs, Function<I, O> work, Consumer<O> apply) {
        this.fx = fx;
        this.background = background;
        this.inputs = inputs;
        this.work = work;
        this.apply = apply;
    }

    /** Asks for a recompute; call on the FX thread. Requests made before it runs are one request. */
    void request() {
        if (pending) {
            return;
        }
        pending = true;
        fx.execute(this::run);
    }

    /** Recomputes now on the calling (FX) thread, whatever the budget: for loading and tests. */
    void runNow() {
        I in = inputs.get();
        if (in != null) {
            apply.accept(timed(in));
        }
    }

    private void run() {
        pending = false;
        I in = inputs.get();
        if (in == null) {
            return;
        }
        if (!slow) {
            O out = timed(in);
            slow = lastNanos > BUDGET_NANOS;
            apply.accept(out);
            return;
        }
        busy.set(true);
        if (waiting.getAndSet(in) == null) {
            outstanding++;
            background.execute(() -> {
                // the newest inputs by the time this runs; older ones queued meanwhile were replaced, not queued
                O out = timed(waiting.getAndSet(null));
                fx.execute(() -> {
                    outstanding--;
                    slow = lastNanos > BUDGET_NANOS / 2;
                    busy.set(outstanding > 0);
                    apply.accept(out);
                });
            });
        }
    }

    private O timed(I in) {
        long t0 = System.nanoTime();
        O out = work.apply(in);
        lastNanos = System.nanoTime() - t0;
        return out;
    }

    /** How long the last computation took. */
    long lastNanos() {
        return lastNanos;
    }

    /** True while a slow recompute runs in the background. */
    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
