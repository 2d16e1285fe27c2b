package io.licensor.ui.receipts;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.service.PortfolioService;
import io.licensor.service.Reconciliation;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The Receipts section with 100,000 receipts (400 licenses, 250 monthly statements each): the reconciliation alone,
 * reading and reconciling from H2, and the FX thread's share (showing the rows, switching the license filter, "Short
 * only", scrolling to the end), each with the table laid out at 1280 x 800. Not a unit test: run with
 * {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.receipts.ReceiptsBenchmark}.
 */
public final class ReceiptsBenchmark {
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReceiptsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Portfolio p = portfolio(400, 250);
        System.out.printf("portfolio: %,d licenses, %,d receipts%n", p.licenses().size(), p.receipts().size());
        if (args.length > 0 && args[0].equals("fx")) {
            // only the FX thread's share, on the data computed in memory (no H2 import)
            try (PortfolioService empty = PortfolioService.open(Files.createTempDirectory("licensor-bench"))) {
                fxThread(empty, ReceiptsData.of(p, AS_OF));
            }
            return;
        }
        for (int run = 0; run < 5; run++) {
            long cpu = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            Reconciliation rec = Reconciliation.of(p, AS_OF);
            System.out.printf("Reconciliation.of: %.0f ms wall, %.0f ms CPU (%d short periods)%n", ms(t),
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1e6, rec.overall().shortPeriods());
        }
        Path folder = Files.createTempDirectory("licensor-bench").resolve("p");
        try (PortfolioService service = PortfolioService.open(folder)) {
            long t = System.nanoTime();
            service.importPortfolio(p);
            System.out.printf("import into H2: %.0f ms%n", ms(t));
            for (int run = 0; run < 3; run++) {
                long cpu = CPU.getCurrentThreadCpuTime();
                t = System.nanoTime();
                ReceiptsData data = ReceiptsData.load(service, AS_OF);
                System.out.printf("ReceiptsData.load (snapshot from H2 + reconcile + rows): %.0f ms wall, %.0f ms "
                        + "CPU, %,d rows%n", ms(t), (CPU.getCurrentThreadCpuTime() - cpu) / 1e6, data.rows().size());
            }
            fxThread(service, ReceiptsData.load(service, AS_OF));
        }
    }

    /** What the FX thread spends: everything that can make the window stutter. */
    private static void fxThread(PortfolioService service, ReceiptsData data) throws Exception {
        Platform.startup(() -> { });
        try {
            fxSteps(service, data);
        } finally {
            Platform.exit();
        }
    }

    private static void fxSteps(PortfolioService service, ReceiptsData data) throws Exception {
        ReceiptsModel model = Fx.call(() -> new ReceiptsModel(service, new ScriptedDialogs(), new UndoStack(),
                () -> AS_OF, ReceiptsModel.Loader.immediate()));
        Stage stage = Fx.call(() -> {
            FXMLLoader loader = new FXMLLoader(ReceiptsSection.class.getResource("ReceiptsView.fxml"));
            Parent root = loader.load();
            ((ReceiptsController) loader.getController()).bind(model);
            Stage s = new Stage();
            s.setScene(new Scene(root, 1130, 720));
            s.show();
            return s;
        });
        timeOnFx("show 100,000 rows (apply, sort by period, layout)", () -> model.apply(data), stage);
        timeOnFx("filter one license", () -> model.licenseFilterProperty().set("L200"), stage);
        timeOnFx("back to all licenses", () -> model.licenseFilterProperty().set(null), stage);
        timeOnFx("short only", () -> model.shortOnlyProperty().set(true), stage);
        timeOnFx("short only off", () -> model.shortOnlyProperty().set(false), stage);
        for (int i = 0; i < 3; i++) {
            timeOnFx("apply a reload again", () -> model.apply(data), stage);
        }
        timeOnFx("select a receipt (editor loads it)", () -> model.editor().select("R50000"), stage);
        timeOnFx("select another receipt", () -> model.editor().select("R50001"), stage);
        Fx.run(stage::hide);
    }

    private static void timeOnFx(String what, Runnable work, Stage stage) {
        double[] result = Fx.call(() -> {
            long cpu = CPU.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            work.run();
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
            return new double[] {ms(t), (CPU.getCurrentThreadCpuTime() - cpu) / 1e6};
        });
        System.out.printf("FX thread, %s: %.0f ms wall, %.0f ms CPU%n", what, result[0], result[1]);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** Licenses on two-tier terms, each with monthly statements; one in twenty payments falls 5 % short. */
    static Portfolio portfolio(int licenses, int months) {
        Random random = new Random(7);
        Currency usd = Currency.getInstance("USD");
        LocalDate start = AS_OF.withDayOfMonth(1).minusMonths(months);
        List<Asset> assets = new ArrayList<>();
        List<License> ls = new ArrayList<>();
        List<Receipt> rs = new ArrayList<>();
        int id = 1;
        for (int k = 1; k <= licenses; k++) {
            assets.add(Asset.of("A" + k, "Asset " + k, AssetType.SOFTWARE));
            RoyaltyTerms terms = RoyaltyTerms.flat("USD", start, "0.05").withTiers(List.of(Tier.of("0", "0.05"),
                    Tier.of("100000000", "0.08")));
            ls.add(new License("L" + k, "Licensee " + k, null, List.of("A" + k), start, null, false, null, null, null,
                    terms));
            for (int m = 0; m < months; m++) {
                LocalDate from = start.plusMonths(m);
                LocalDate to = from.plusMonths(1).minusDays(1);
                BigDecimal sales = BigDecimal.valueOf(5_000 + random.nextInt(20_000));
                BigDecimal paid = sales.multiply(new BigDecimal("0.05"));
                if (random.nextInt(20) == 0) {
                    paid = paid.multiply(new BigDecimal("0.95"));
                }
                rs.add(new Receipt("R" + id++, "L" + k, ReceiptKind.ROYALTY, from, to, sales, null,
                        paid.setScale(2, java.math.RoundingMode.HALF_EVEN), BigDecimal.ZERO, to.plusDays(20)));
            }
        }
        return new Portfolio(new PortfolioSettings("Benchmark", "US", usd), assets, ls, rs, List.of(), List.of());
    }
}
