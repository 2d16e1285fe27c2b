package io.licensor.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Reads a section's data: in the background in the app ({@link #background}), at once in model tests
 * ({@link #immediate}). The result is handed to {@code done} on the FX thread (or the calling thread, at once).
 */
@FunctionalInterface
public interface DataLoader<T> {

    /** Runs {@code work} (off the FX thread where it can) and hands its result to {@code done}. */
    void load(String message, Callable<T> work, Consumer<T> done);

    /** Runs the work at once, on the calling thread (tests, small portfolios). */
    static <T> DataLoader<T> immediate() {
        return (message, work, done) -> {
            try {
                done.accept(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(message + " failed", e);
            }
        };
    }

    /** Runs the work on {@code work}'s background thread (shown in the status bar); failures go to {@code failed}. */
    static <T> DataLoader<T> background(BackgroundWork work, Consumer<Throwable> failed) {
        return (message, job, done) -> work.run(message, job, done, failed);
    }
}
