package io.licensor.app;

import java.util.ArrayList;
import java.util.List;

/**
 * Milestones of one start-up ("window shown", "shell built" ...) in milliseconds after {@code main} began, kept in
 * memory and written to the log once the window is ready: logging itself is set up only after the first frame.
 */
final class StartupMarks {
    private static final long MAIN_STARTED = System.nanoTime();
    private static final List<String> MARKS = new ArrayList<>();

    private StartupMarks() {}

    /** Loads this class, so the clock starts when {@code main} does. */
    static void start() {
        mark("main");
    }

    static synchronized void mark(String milestone) {
        MARKS.add(milestone + " " + (System.nanoTime() - MAIN_STARTED) / 1_000_000 + " ms");
    }

    /** "main 0 ms, toolkit started 412 ms, window shown 530 ms, ...". */
    static synchronized String summary() {
        return String.join(", ", MARKS);
    }
}
