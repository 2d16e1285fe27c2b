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
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Slider;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * How fast the studio follows a slider, on the demo's article scenario in a headless JavaFX toolkit (Monocle, software
 * rendering): (1) slider event to recomputed figures (budget 2 ms): the slider's own listeners plus the coalesced
 * recompute task (inputs, engine, figures pushed into the charts' series and the totals table); (2) slider event to
 * the redrawn window (budget 16 ms, one 60 Hz frame): (1), then the pulse's CSS pass and layout pass and a snapshot
 * of the royalty chart. Wall-clock and FX thread CPU time, median and p95 over a few hundred events. Before each event
 * the previous one's render pulse is let through and its drawing finished, so it is not counted against the next.
 * Not a unit test (excluded from surefire).
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.scenarios.ScenarioStudioBenchmark}; argument {@code --whole-css} measures the way
 * of session 2 instead (the whole section's CSS forced by {@code root.applyCss()}, no pause between events, figures
 * counted up to the next queued task).
 */
public final class ScenarioStudioBenchmark {
    private static final int WARM_UP = 300;
    private static final int EVENTS = 400;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** Wraps the studio's FX executor: CPU and end of the recompute task(s) of the current event (FX thread only). */
    private static long recomputeCpu;
    private static long recomputeEnd;
    private static int recomputes;

    private ScenarioStudioBenchmark() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        boolean wholeCss = List.of(args).contains("--whole-css");
        Path folder = Files.createTempDirectory("licensor-bench").resolve("demo");
        Platform.startup(() -> { });
        try (PortfolioService service = DemoPortfolio.install(folder); BackgroundWork work = new BackgroundWork()) {
            PortfolioContext context = new PortfolioContext(service, new ScriptedDialogs(), new UndoStack(), work);
            ScenariosSection section = Fx.call(() -> show(context));
            Fx.run(() -> section.controller().structureTabs().getSelectionModel().select(1));
            Slider rate = Fx.call(() -> (Slider) section.view().lookup("#s1-rate2"));
            Method cssPass = Scene.class.getDeclaredMethod("doCSSPass");
            cssPass.setAccessible(true);
            Probe probe = new Probe(section, rate, cssPass, wholeCss);
            long[][][] both = run(probe);
            long[][] figures = both[0];
            long[][] drawn = both[1];
            System.out.println(wholeCss ? "Measured as in session 2 (--whole-css)." : "Measured per event, the "
                    + "previous event's render pulse let through first.");
            report("slider event -> engine figures (ScenarioComparison only)", column(figures, 2));
            report("slider event -> recomputed figures shown in the model (budget 2 ms)", figures);
            report("slider event -> recomputed, laid out and drawn charts (budget 16 ms)", pair(drawn, 3, 4));
            report("  of which: slider, recompute and chart data updated", column(drawn, 1));
            report("  of which: CSS and layout", column(drawn, 5));
            report("  of which: snapshot of the royalty chart (software rendering)", column(drawn, 6));
            System.out.printf("recompute tasks per event: %d in %d events (background recomputes are not timed)%n",
                    probe.tasks, 2 * (EVENTS + WARM_UP));
        } finally {
            Platform.exit();
        }
    }

    private static ScenariosSection show(PortfolioContext context) {
        Executor timed = task -> Platform.runLater(() -> {
            long cpu = CPU.getCurrentThreadCpuTime();
            task.run();
            recomputeCpu += CPU.getCurrentThreadCpuTime() - cpu;
            recomputeEnd = System.nanoTime();
            recomputes++;
        });
        ScenariosSection section = new ScenariosSection(context, timed);
        section.activate();
        Scene scene = new Scene((Parent) section.view(), 1130, 740);
        Theme.apply(scene, false);
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        return section;
    }

    /** The section under test and how to measure it. */
    private static final class Probe {
        final ScenariosSection section;
        final Slider rate;
        final Method cssPass;
        final boolean wholeCss;
        int tasks;

        Probe(ScenariosSection section, Slider rate, Method cssPass, boolean wholeCss) {
            this.section = section;
            this.rate = rate;
            this.cssPass = cssPass;
            this.wholeCss = wholeCss;
        }
    }

    /**
     * Per event: {figures wall, figures CPU, engine nanos, drawn wall, drawn CPU, CSS + layout CPU, snapshot CPU};
     * [0] the events measured up to the figures, [1] those measured up to the drawing. The two kinds alternate, so
     * both see the same state of the JIT compiler.
     */
    private static long[][][] run(Probe probe) throws Exception {
        long[][][] out = new long[2][EVENTS][];
        for (int i = -WARM_UP; i < EVENTS; i++) {
            for (int draw = 0; draw < 2; draw++) {
                double value = 15 + ((2 * i + draw) & 63) * 0.1; // 15 % to 21.3 %, a new value every event
                if (!probe.wholeCss) {
                    settle(probe);
                }
                long[] t = event(probe, value, draw == 1);
                if (i >= 0) {
                    out[draw][i] = t;
                }
            }
        }
        return out;
    }

    /**
     * Lets the previous event's render pulse run and its drawing finish: a pulse is requested and waited for, then a
     * tiny snapshot, which the single render thread takes only after the pulse's frame.
     */
    private static void settle(Probe probe) throws Exception {
        Scene scene = probe.section.view().getScene();
        CompletableFuture<Void> pulsed = new CompletableFuture<>();
        Runnable listener = () -> pulsed.complete(null);
        Fx.run(() -> {
            scene.addPostLayoutPulseListener(listener);
            Platform.requestNextPulse();
        });
        pulsed.get(30, TimeUnit.SECONDS);
        Fx.run(() -> {
            scene.removePostLayoutPulseListener(listener);
            new Rectangle(1, 1).snapshot(null, null);
        });
    }

    /**
     * Sets the slider on the FX thread; the studio posts its coalesced recompute to the FX queue, and the measurement
     * is posted after it, so it sees the recompute done (and, when drawing, runs the pulse's CSS and layout passes
     * and snapshots the royalty chart).
     */
    private static long[] event(Probe p, double value, boolean draw) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            recomputeCpu = 0;
            recomputes = 0;
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            p.rate.setValue(value);
            long sliderCpu = CPU.getCurrentThreadCpuTime() - cpu;
            Platform.runLater(() -> {
                long updated = CPU.getCurrentThreadCpuTime();
                long updatedWall = System.nanoTime();
                p.tasks += recomputes;
                long figuresCpu = p.wholeCss ? updated - cpu : sliderCpu + recomputeCpu;
                long figuresWall = p.wholeCss || recomputes == 0 ? updatedWall - wall : recomputeEnd - wall;
                long laidOut = updated;
                long drawnAt = updated;
                if (draw) {
                    cssAndLayout(p);
                    laidOut = CPU.getCurrentThreadCpuTime();
                    p.section.controller().revenueChart().node().snapshot(null, null);
                    drawnAt = CPU.getCurrentThreadCpuTime();
                }
                done.complete(new long[] {figuresWall, figuresCpu, p.section.model().lastComputeNanos(),
                    System.nanoTime() - wall, drawnAt - cpu, laidOut - updated, drawnAt - laidOut});
            });
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** What a pulse does before drawing: the scene's CSS pass (dirty nodes only) and layout pass. */
    private static void cssAndLayout(Probe p) {
        Parent root = (Parent) p.section.view();
        if (p.wholeCss) {
            root.applyCss(); // restyles every node of the section, which a pulse does not
        } else {
            try {
                p.cssPass.invoke(root.getScene());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Scene.doCSSPass is not reachable", e);
            }
        }
        root.layout();
    }

    /** Samples whose wall and CPU figure are both column {@code k} (a CPU-only or compute-only measure). */
    private static long[][] column(long[][] samples, int k) {
        return pair(samples, k, k);
    }

    private static long[][] pair(long[][] samples, int wall, int cpu) {
        return Arrays.stream(samples).map(s -> new long[] {s[wall], s[cpu]}).toArray(long[][]::new);
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
