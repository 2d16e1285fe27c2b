package io.licensor.ui.licenses;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Section;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.shell.Theme;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Takes the documentation's pictures of the licenses and settings sections: the main window at 1280 x 800 on the
 * demo portfolio, headless (Monocle), in a temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.licenses.LicenseScreenshots [-Dexec.args="docs/images L6"] [-Ddark=true]}
 */
public final class LicenseScreenshots {
    private LicenseScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        String licenseId = args.length > 1 ? args[1] : "L1";
        Path home = Files.createTempDirectory("licensor-screenshots");
        Platform.startup(() -> { });
        try {
            take(home, out, licenseId);
        } finally {
            Platform.exit();
        }
    }

    static void take(Path home, Path out, String licenseId) throws Exception {
        DesktopSettings settings = DesktopSettings.load(home.resolve("desktop.properties"));
        ShellModel shell = Fx.call(() -> new ShellModel(new ScriptedDialogs(), new BackgroundWork(), settings,
                ShellModel.installedSections()));
        MainWindow window = Fx.call(() -> {
            MainWindow w = MainWindow.show(new Stage(), shell, new ScriptedDialogs(), () -> { });
            w.stage().setX(0);
            w.stage().setY(0);
            w.stage().setWidth(1280);
            w.stage().setHeight(800);
            return w;
        });
        try {
            Fx.run(() -> shell.start(home.resolve("default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            Fx.run(() -> shell.showSection("Licenses"));
            LicensesSection licenses = Fx.call(() -> (LicensesSection) shell.selectedSectionProperty().get());
            Fx.waitUntil(() -> !shell.work().isRunning());
            Fx.run(() -> licenses.showLicense(licenseId));
            Fx.waitUntil(() -> !shell.work().isRunning());
            // the editor scrolled to its royalty terms: the tiers beside the chart they draw
            Fx.run(() -> {
                Node form = window.scene().lookup(".license-form");
                ScrollPane scroller = (ScrollPane) form.getParent().getParent().getParent();
                Node heading = form.lookupAll(".form-section").stream()
                        .filter(n -> n instanceof Label l && l.getText().equals("Royalty terms")).findFirst()
                        .orElseThrow();
                double room = form.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
                scroller.setVvalue(Math.min(1, (heading.getBoundsInParent().getMinY() - 8) / room));
            });
            if (Boolean.getBoolean("dark")) {
                Fx.run(() -> Theme.apply(window.scene(), true));
            }
            Fx.waitUntil(() -> true);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("license-editor.png"));
            Section settingsSection = section(shell, "Settings");
            if (settingsSection != null) {
                Fx.run(() -> shell.selectedSectionProperty().set(settingsSection));
                Fx.waitUntil(() -> !shell.work().isRunning());
                Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("settings.png"));
            }
        } finally {
            Fx.run(() -> {
                window.stage().hide();
                shell.close();
            });
        }
    }

    private static Section section(ShellModel shell, String title) {
        return Fx.call(() -> shell.sections().stream().filter(s -> s.title().equals(title)).findFirst()
                .orElse(null));
    }
}
