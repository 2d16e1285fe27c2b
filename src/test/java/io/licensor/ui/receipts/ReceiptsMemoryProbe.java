package io.licensor.ui.receipts;

import io.licensor.ui.common.BackgroundSort;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TableBench;
import io.licensor.ui.testing.TestWindows;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Run in a child JVM with a small heap ({@code -Xmx512m}): the real main window, headless (Monocle), with every
 * installed section, opens the portfolio folder (a COPY: the app may write to it) as the user would; the dashboard is
 * shown first and computed; then the Receipts section is visited and its rows shown and sorted. Prints
 * {@code dashboard-heap-mb=N} (live heap after a full GC with the dashboard shown), {@code live-heap-mb=N} (the same
 * after the Receipts section showed its rows, the dashboard's data still kept), {@code receipts=N} (rows shown),
 * {@code peak-heap-mb=N} (sum of the heap pools' peaks: an upper bound) and {@code max-heap-mb=N}. An
 * OutOfMemoryError ends it with a non-zero exit code.
 */
public final class ReceiptsMemoryProbe {
    private ReceiptsMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path folder = Path.of(args[0]);
        Path settings = Files.createTempDirectory("licensor-probe").resolve("settings.json");
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            Runtime.getRuntime().halt(3); // an OutOfMemoryError on the FX thread must not look like a pass
        });
        Platform.startup(() -> { });
        ShellModel shell = Fx.call(() -> TestWindows.show(new Stage(), new ScriptedDialogs(), settings));
        Fx.run(() -> shell.open(folder));
        TableBench.waitUntil(() -> shell.service().isPresent() && shell.selectedSectionProperty().get() != null
                && !shell.work().isRunning());
        settle(shell);
        System.out.printf("shown-first=%s%n", Fx.call(() -> shell.selectedSectionProperty().get().title()));
        System.out.printf("dashboard-heap-mb=%d%n", TableBench.liveHeap() >> 20);
        Fx.run(() -> shell.showSection("Receipts"));
        ReceiptsSection receipts = Fx.call(() -> (ReceiptsSection) shell.selectedSectionProperty().get());
        TableBench.waitUntil(() -> !shell.work().isRunning() && !receipts.model().loadingProperty().get()
                && !BackgroundSort.isBusy(receipts.controller().table())
                && !receipts.controller().table().getItems().isEmpty());
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("live-heap-mb=%d%n", TableBench.liveHeap() >> 20);
        System.out.printf("receipts=%d%n", Fx.call(() -> receipts.controller().table().getItems().size()));
        System.out.printf("peak-heap-mb=%d%n", peak >> 20);
        System.out.printf("max-heap-mb=%d%n", Runtime.getRuntime().maxMemory() >> 20);
        Fx.run(shell::close);
        Platform.exit();
        System.exit(0);
    }

    /** Waits until no background work has run for a second (the dashboard's figures follow the opening). */
    private static void settle(ShellModel shell) throws InterruptedException {
        int quiet = 0;
        while (quiet < 10) {
            Thread.sleep(100);
            quiet = Fx.call(() -> shell.work().isRunning()) ? 0 : quiet + 1;
        }
    }
}
