package io.licensor.ui.receipts;

import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.BackgroundSort;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The big tables at 1,000,000 receipts in a headless JavaFX toolkit (Monocle, software rendering), window 1280 x 800:
 * the Receipts section (and with {@code licenses} / {@code assets} as second argument those sections) opened on a
 * portfolio folder, then: time until the rows are shown (wall, the FX thread's CPU and its longest stall), scrolling
 * (200 scrollTo steps from top to bottom, 100 page-downs: per step median, p95, max), sorting by every column
 * (ascending and descending: wall until the sorted rows are shown, the FX thread's longest stall), the filters, and the
 * heap in use after a full GC (before and after the section, and per row).
 * <p>The portfolio folder is opened for writing: give it a COPY (never /tmp/scale-bench itself).
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.receipts.ReceiptsTableBenchmark -Dexec.args="/tmp/copy/portfolio-1000000"}.
 * Not a unit test (excluded from surefire).
 */
public final class ReceiptsTableBenchmark {
    /** The generated portfolios' day (as the dashboard benchmark). */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

    private ReceiptsTableBenchmark() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path folder = Path.of(args[0]);
        List<String> tables = args.length > 1 ? List.of(args[1].split(",")) : List.of("receipts");
        int sorts = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        Platform.startup(() -> { });
        try (PortfolioService service = PortfolioService.open(folder); BackgroundWork work = new BackgroundWork();
                StallWatch watch = StallWatch.start()) {
            PortfolioContext context = new PortfolioContext(service, new ScriptedDialogs(), new UndoStack(), work);
            System.out.printf(Locale.ROOT, "load average %.1f; heap in use with the portfolio open: %,d MB%n",
                    load(), TableBench.liveHeap() >> 20);
            for (String table : tables) {
                switch (table) {
                    case "receipts" -> receipts(context, watch, sorts);
                    case "licenses" -> other("licenses", new LicensesSection(context), context, watch, sorts);
                    case "assets" -> other("assets", new AssetsSection(context), context, watch, sorts);
                    default -> throw new IllegalArgumentException("unknown table " + table);
                }
            }
            System.out.printf(Locale.ROOT, "load average at the end %.1f%n", load());
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private static void receipts(PortfolioContext context, StallWatch watch, int sorts) {
        long before = TableBench.liveHeap();
        Clock clock = Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
        ReceiptsSection section = Fx.call(() -> new ReceiptsSection(context, clock));
        ReceiptsModel model = section.model();
        TableView<?> table = section.controller().table();
        BooleanSupplier idle = () -> !context.work().isRunning() && !model.loadingProperty().get()
                && !model.filteringProperty().get() && !BackgroundSort.isBusy(table);
        TableBench bench = open("receipts", section, watch, idle);
        long after = TableBench.liveHeap();
        int rows = model.allRows().size();
        System.out.printf(Locale.ROOT, "receipts heap: %,d MB before the section, %,d MB with its %,d rows shown: "
                + "%,d bytes per row%n", before >> 20, after >> 20, rows, rows == 0 ? 0 : (after - before) / rows);
        System.out.printf(Locale.ROOT, "receipts row height: %.1f px fixed%n", Fx.call(table::getFixedCellSize));
        bench.scroll(200);
        bench.pageDown(100);
        bench.sortEachColumn(table.getColumns().get(2), sorts);
        String license = Fx.call(() -> model.licenses().get(model.licenses().size() / 2).id());
        bench.action("filter: one license", () -> model.licenseFilterProperty().set(license));
        bench.action("filter: all licenses again", () -> model.licenseFilterProperty().set(null));
        bench.action("filter: short only", () -> model.shortOnlyProperty().set(true));
        bench.action("filter: short only off", () -> model.shortOnlyProperty().set(false));
        System.out.printf(Locale.ROOT, "receipts heap at the end: %,d MB%n", TableBench.liveHeap() >> 20);
    }

    private static void other(String name, Section section, PortfolioContext context, StallWatch watch,
            int sorts) {
        // idle also waits for a sort in the background (Licenses sorts off the FX thread since session 4)
        TableView<?>[] shown = new TableView<?>[1];
        TableBench bench = open(name, section, watch, () -> !context.work().isRunning()
                && (shown[0] == null || !BackgroundSort.isBusy(shown[0])));
        // the table is in the scene graph once the section is shown (a SplitPane's items are not its children before)
        TableView<?> table = Fx.call(() -> (TableView<?>) section.view().lookup(".table-view"));
        shown[0] = table;
        bench.scroll(200);
        bench.pageDown(100);
        bench.sortEachColumn(table.getColumns().get(0), sorts);
    }

    /** Shows the section in a window and activates it; prints the time until its rows are shown. */
    private static TableBench open(String name, Section section, StallWatch watch, BooleanSupplier idle) {
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
        TableBench bench = new TableBench(name, table, root, watch, idle);
        bench.action("open: activate until the rows are shown", section::activate, () -> !table.getItems().isEmpty());
        System.out.printf(Locale.ROOT, "%s rows shown: %,d (load average %.1f)%n", name,
                Fx.call(() -> table.getItems().size()), load());
        return bench;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
