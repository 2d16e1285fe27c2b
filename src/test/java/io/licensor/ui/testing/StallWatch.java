package io.licensor.ui.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Measures how long the FX thread keeps the window from answering: a watcher thread posts a ping to the FX queue,
 * waits until it runs, and posts the next one a millisecond later. A ping that waits is a stall: the window could not
 * have answered a click or a key in that time either. Each stall is kept with the FX thread's CPU time during it (the
 * wall time on a loaded machine includes waiting for a core). For benchmarks, not tests.
 */
public final class StallWatch implements AutoCloseable {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final long fxThread;
    private final Thread watcher;
    private volatile boolean running = true;
    private long longestWall;
    private long longestCpu;

    private StallWatch(long fxThread) {
        this.fxThread = fxThread;
        this.watcher = new Thread(this::watch, "stall-watch");
        watcher.setDaemon(true);
    }

    /** Starts watching (call off the FX thread, after the toolkit started). */
    public static StallWatch start() {
        long id = Fx.call(() -> Thread.currentThread().getId());
        StallWatch watch = new StallWatch(id);
        watch.watcher.start();
        return watch;
    }

    /** The FX thread's id, for CPU times. */
    public long fxThread() {
        return fxThread;
    }

    /** The FX thread's CPU time so far, in nanoseconds. */
    public long fxCpu() {
        return CPU.getThreadCpuTime(fxThread);
    }

    /** Forgets the stalls seen so far. */
    public synchronized void reset() {
        longestWall = 0;
        longestCpu = 0;
    }

    /** The longest stall since the last reset: {wall nanos, FX thread CPU nanos during it}. */
    public synchronized long[] longest() {
        return new long[] {longestWall, longestCpu};
    }

    private synchronized void seen(long wall, long cpu) {
        if (wall > longestWall) {
            longestWall = wall;
            longestCpu = cpu;
        }
    }

    private void watch() {
        while (running) {
            CountDownLatch served = new CountDownLatch(1);
            long cpu = fxCpu();
            long posted = System.nanoTime();
            Platform.runLater(served::countDown);
            try {
                while (!served.await(1, TimeUnit.SECONDS)) {
                    if (!running) {
                        return;
                    }
                }
                seen(System.nanoTime() - posted, fxCpu() - cpu);
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        watcher.interrupt();
    }
}
