package io.licensor.ui.receipts;

import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.licenses.LicensesSection;
import io.licensor.ui.shell.Theme;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.StallWatch;
import io.licensor.ui.testing.TableBench;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Where the FX thread's time goes while a big table scrolls: opens one section (receipts, licenses or assets) like
 * {@link ReceiptsTableBenchmark}, then samples the FX thread's stack every millisecond during {@code steps} scrollTo
 * steps (each step timed as a real pulse would do it: {@link TableBench#scroll}) and prints the methods seen most,
 * by their own time and with their callees. A tool for finding the cost, not a figure of the benchmark.
 * Run: {@code java -cp ... io.licensor.ui.receipts.ScrollProfileBenchmark COPY-OF-PORTFOLIO receipts [steps]}.
 */
public final class ScrollProfileBenchmark {
    private ScrollProfileBenchmark() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path folder = Path.of(args[0]);
        String which = args.length > 1 ? args[1] : "receipts";
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        Platform.startup(() -> { });
        try (PortfolioService service = PortfolioService.open(folder); BackgroundWork work = new BackgroundWork();
                StallWatch watch = StallWatch.start()) {
            PortfolioContext context = new PortfolioContext(service, new ScriptedDialogs(), new UndoStack(), work);
            Clock clock = Clock.fixed(ReceiptsTableBenchmark.AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    ZoneOffset.UTC);
            Section section = Fx.call(() -> switch (which) {
                case "receipts" -> new ReceiptsSection(context, clock);
                case "licenses" -> new LicensesSection(context);
                case "assets" -> new AssetsSection(context);
                default -> throw new IllegalArgumentException(which);
            });
            Stage stage = Fx.call(() -> {
                Scene scene = new Scene((Parent) section.view(), 1280, 800);
                Theme.apply(scene, false);
                Stage s = new Stage();
                s.setScene(scene);
                s.show();
                return s;
            });
            Parent root = stage.getScene().getRoot();
            TableView<?> table = Fx.call(() -> (TableView<?>) root.lookup(".table-view"));
            Fx.run(section::activate);
            TableBench.waitUntil(() -> !table.getItems().isEmpty() && !work.isRunning());
            Thread.sleep(2000);
            TableBench bench = new TableBench(which, table, root, watch, () -> !work.isRunning());
            bench.scroll(100, false); // warm up
            Thread fx = Fx.call(Thread::currentThread);
            Sampler sampler = new Sampler(fx);
            Thread t = new Thread(sampler, "sampler");
            t.setDaemon(true);
            t.start();
            List<long[]> samples = bench.scroll(steps, false);
            sampler.stop = true;
            t.join();
            sampler.print();
            // the cost by where the step lands: a cost growing towards the bottom grows with the row index
            int fifth = samples.size() / 5;
            for (int part = 0; part < 5; part++) {
                long[] cpu = samples.subList(part * fifth, (part + 1) * fifth).stream().mapToLong(s -> s[1]).sorted()
                        .toArray();
                System.out.printf(Locale.ROOT, "steps %d-%d of %d (rows %d%%-%d%% down): FX CPU median %.2f ms%n",
                        part * fifth, (part + 1) * fifth - 1, samples.size(), part * 20, part * 20 + 20,
                        cpu[cpu.length / 2] / 1e6);
            }
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static final class Sampler implements Runnable {
        private final Thread fx;
        private final Map<String, Integer> self = new HashMap<>();
        private final Map<String, Integer> total = new HashMap<>();
        private int samples;
        volatile boolean stop;

        Sampler(Thread fx) {
            this.fx = fx;
        }

        @Override
        public void run() {
            while (!stop) {
                StackTraceElement[] stack = fx.getStackTrace();
                if (stack.length > 0 && !idle(stack[0])) {
                    samples++;
                    self.merge(name(stack[0]), 1, Integer::sum);
                    Set<String> seen = new HashSet<>();
                    for (StackTraceElement e : stack) {
                        if (seen.add(name(e))) {
                            total.merge(name(e), 1, Integer::sum);
                        }
                    }
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private static boolean idle(StackTraceElement top) {
            return top.getMethodName().contains("_runLoop") || top.getMethodName().equals("park")
                    || top.getClassName().contains("InvokeLaterDispatcher") || top.getMethodName().equals("wait")
                    || top.getMethodName().equals("parkNanos");
        }

        private static String name(StackTraceElement e) {
            return e.getClassName() + "." + e.getMethodName();
        }

        void print() {
            System.out.printf(Locale.ROOT, "%d busy samples of the FX thread%n-- self --%n", samples);
            top(self, 45);
            System.out.println("-- total (with callees) --");
            top(total, 140);
        }

        private void top(Map<String, Integer> counts, int n) {
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                    .limit(n).forEach(e -> System.out.printf(Locale.ROOT, "%6.1f%% %s%n",
                            100.0 * e.getValue() / samples, e.getKey()));
        }
    }
}
