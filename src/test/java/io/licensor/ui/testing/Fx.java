package io.licensor.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/** Runs code on the FX thread and waits for it, for tools and tests that start on another thread. */
public final class Fx {
    private Fx() {}

    public static <T> T call(Callable<T> work) {
        return call(work, 30, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the FX thread and waits for its result up to {@code timeout}. */
    public static <T> T call(Callable<T> work, long timeout, TimeUnit unit) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(timeout, unit);
        } catch (Exception e) {
            throw new IllegalStateException("FX work failed", e);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits (up to 120 s: a loaded 2-core machine is slow) until {@code condition}, on the FX thread, holds. */
    public static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!call(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting on the FX thread");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        call(() -> null); // let pending layout and runLater work finish
    }
}
