package io.licensor.ui.scenarios;

import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.shell.Theme;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.stage.Stage;

/**
 * How fast the studio follows a slider, on the demo's article scenario in a headless JavaFX toolkit (Monocle, software
 * rendering): (1) slider event to recomputed figures (budget 2 ms), (2) slider event to the redrawn window: the
 * coalesced recompute, CSS, layout and a snapshot of the charts (budget 16 ms, one 60 Hz frame). Wall-clock and FX
 * thread CPU time, median and p95 over a few hundred events; the parts are CPU time of the FX thread (the engine
 * alone: wall time of the computation). Not a unit test (excluded from surefire).
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.scenarios.ScenarioStudioBenchmark}
 */
public final class ScenarioStudioBenchmark {
    private static final int WARM_UP = 100;
    private static final int EVENTS = 400;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ScenarioStudioBenchmark() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path folder = Files.createTempDirectory("licensor-bench").resolve("demo");
        Platform.startup(() -> { });
        try (PortfolioService service = DemoPortfolio.install(folder); BackgroundWork work = new BackgroundWork()) {
            PortfolioContext context = new PortfolioContext(service, new ScriptedDialogs(), new UndoStack(), work);
            ScenariosSection section = Fx.call(() -> show(context));
            Fx.run(() -> section.controller().structureTabs().getSelectionModel().select(1));
            Slider rate = Fx.call(() -> (Slider) section.view().lookup("#s1-rate2"));
            long[][] figures = run(section, rate, false);
            long[][] drawn = run(section, rate, true);
            report("slider event -> engine figures (ScenarioComparison only)", column(figures, 2));
            report("slider event -> recomputed figures shown in the model (budget 2 ms)", figures);
            report("slider event -> recomputed, laid out and drawn charts (budget 16 ms)", drawn);
            report("  of which: slider, recompute and chart data updated", column(drawn, 3));
            report("  of which: CSS and layout", column(drawn, 4));
            report("  of which: snapshot of the royalty chart (software rendering)", column(drawn, 5));
        } finally {
            Platform.exit();
        }
    }

    private static ScenariosSection show(PortfolioContext context) {
        ScenariosSection section = new ScenariosSection(context);
        section.activate();
        Scene scene = new Scene((Parent) section.view(), 1130, 740);
        Theme.apply(scene, false);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return section;
    }

    /** Per event: {wall nanos, FX thread CPU nanos}. */
    private static long[][] run(ScenariosSection section, Slider rate, boolean draw) throws Exception {
        long[][] out = new long[EVENTS][];
        for (int i = -WARM_UP; i < EVENTS; i++) {
            double value = 15 + (i & 63) * 0.1; // 15 % to 21.3 %, a new value every event
            long[] t = event(section, rate, value, draw);
            if (i >= 0) {
                out[i] = t;
            }
        }
        return out;
    }

    /**
     * Sets the slider on the FX thread; the studio posts its coalesced recompute to the FX queue, and the measurement
     * is posted after it, so it sees the recompute done (and, when drawing, lays out and snapshots the results).
     */
    private static long[] event(ScenariosSection section, Slider rate, double value, boolean draw) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            rate.setValue(value);
            Platform.runLater(() -> {
                long updated = CPU.getCurrentThreadCpuTime();
                long laidOut = updated;
                long drawnAt = updated;
                if (draw) {
                    Parent root = (Parent) section.view();
                    root.applyCss();
                    root.layout();
                    laidOut = CPU.getCurrentThreadCpuTime();
                    section.controller().revenueChart().node().snapshot(null, null);
                    drawnAt = CPU.getCurrentThreadCpuTime();
                }
                done.complete(new long[] {System.nanoTime() - wall, drawnAt - cpu,
                    section.model().lastComputeNanos(), updated - cpu, laidOut - updated, drawnAt - laidOut});
            });
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** Samples whose wall and CPU figure are both column {@code k} (a CPU-only or compute-only measure). */
    private static long[][] column(long[][] samples, int k) {
        return Arrays.stream(samples).map(s -> new long[] {s[k], s[k]}).toArray(long[][]::new);
    }

    private static void report(String what, long[][] samples) {
        long[] wall = Arrays.stream(samples).mapToLong(s -> s[0]).sorted().toArray();
        long[] cpu = Arrays.stream(samples).mapToLong(s -> s[1]).sorted().toArray();
        System.out.printf("%s, %d events:%n  wall median %.2f ms, p95 %.2f ms; FX thread CPU median %.2f ms, "
                + "p95 %.2f ms%n", what, samples.length, ms(wall[wall.length / 2]), ms(wall[wall.length * 95 / 100]),
                ms(cpu[cpu.length / 2]), ms(cpu[cpu.length * 95 / 100]));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
