package io.licensor.ui.imports;

import io.licensor.exchange.statement.Grouping;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.imports.ImportWizardModel.Step;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the documentation's pictures of the import wizard at 1280 x 800 on the demo portfolio: the format and column
 * page for Quillstone Publishing's overdue statement (license L11, summed per quarter), and the check page of a copy
 * of it with two bad lines. Headless (Monocle), in a temporary data folder. Run: {@code mvn -q -DskipTests
 * test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.ui.imports.ImportWizardScreenshots
 * [-Dexec.args=docs/images]}
 */
public final class ImportWizardScreenshots {
    private static final double WIDTH = 1280;
    private static final double HEIGHT = 800;

    private ImportWizardScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path home = Files.createTempDirectory("licensor-screenshots");
        Platform.startup(() -> { });
        try {
            take(home, out);
        } finally {
            Platform.exit();
        }
    }

    static Path statement(String name) throws URISyntaxException {
        return Path.of(ImportWizardScreenshots.class.getResource("/import/" + name).toURI());
    }

    private static void take(Path home, Path out) throws Exception {
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        ScriptedDialogs dialogs = new ScriptedDialogs();
        ShellModel shell = Fx.call(() -> new ShellModel(dialogs, new BackgroundWork(), settings,
                ShellModel.installedSections()));
        MainWindow window = Fx.call(() -> MainWindow.show(new Stage(), shell, dialogs, () -> { }));
        try {
            Fx.run(() -> shell.start(home.resolve("default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            PortfolioContext context = shell.contextProperty().get();
            ImportWizard wizard = Fx.call(() -> ImportWizard.open(context, window.stage(), "L11", () -> { }));
            ImportWizardModel model = wizard.model();
            Fx.run(() -> {
                wizard.stage().setX(0);
                wizard.stage().setY(0);
                wizard.stage().setWidth(WIDTH);
                wizard.stage().setHeight(HEIGHT);
            });
            Fx.waitUntil(() -> model.licenseProperty().get() != null && !model.busyProperty().get());
            Fx.run(() -> model.fileProperty().set(copy(home, "quillstone_2026_q2_q3.csv")));
            extra(wizard, "import-wizard-file.png");
            Fx.run(model::next);
            Fx.waitUntil(() -> model.stepProperty().get() == Step.COLUMNS && !model.busyProperty().get());
            Fx.run(() -> model.form().groupingProperty().set(Grouping.PER_QUARTER));
            Fx.waitUntil(() -> true);
            Snapshots.write(Fx.call(() -> Snapshots.take(wizard.stage().getScene())),
                    out.resolve("import-wizard-mapping.png"));

            Fx.run(() -> {
                model.back();
                model.fileProperty().set(copy(home, "quillstone_2026_q2_q3_bad.csv"));
                model.next();
            });
            Fx.waitUntil(() -> model.stepProperty().get() == Step.COLUMNS && !model.busyProperty().get());
            Fx.run(() -> {
                model.form().groupingProperty().set(Grouping.PER_QUARTER);
                model.next();
            });
            Fx.waitUntil(() -> model.stepProperty().get() == Step.CHECK && !model.busyProperty().get());
            Snapshots.write(Fx.call(() -> Snapshots.take(wizard.stage().getScene())),
                    out.resolve("import-wizard-problems.png"));
            Fx.run(() -> {
                model.fileProperty().set(copy(home, "quillstone_2026_q2_q3.csv"));
                model.recheck();
            });
            Fx.waitUntil(() -> model.checkProperty().get() != null && !model.busyProperty().get());
            extra(wizard, "import-wizard-check.png");
            Fx.run(model::next);
            Fx.waitUntil(() -> model.outcomeProperty().get() != null && !model.busyProperty().get());
            extra(wizard, "import-wizard-done.png");
            Fx.run(() -> wizard.stage().hide());
        } finally {
            Fx.run(() -> {
                window.stage().hide();
                shell.close();
            });
        }
    }

    /** The other pages, for looking at while working on them: only with -Dshots.extra=FOLDER. */
    private static void extra(ImportWizard wizard, String name) throws java.io.IOException {
        String folder = System.getProperty("shots.extra");
        if (folder != null) {
            Snapshots.write(Fx.call(() -> Snapshots.take(wizard.stage().getScene())), Path.of(folder, name));
        }
    }

    /** The statement under a plain name in the temporary folder, as a user would have saved it. */
    private static Path copy(Path home, String name) {
        try {
            Path target = home.resolve(name.replace("_bad", ""));
            Files.copy(statement(name), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
