package io.licensor.ui.licenses;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Section;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/**
 * Takes the documentation's pictures of the licenses and settings sections: the main window at 1280 x 800 on the
 * demo portfolio, headless (Monocle), in a temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.licenses.LicenseScreenshots [-Dexec.args="docs/images L6"]}
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
            LicensesSection licenses = (LicensesSection) section(shell, "Licenses");
            Fx.run(() -> shell.selectedSectionProperty().set(licenses));
            Fx.waitUntil(() -> !shell.work().isRunning());
            Fx.run(() -> licenses.showLicense(licenseId));
            Fx.waitUntil(() -> !shell.work().isRunning());
            Fx.run(() -> {
                ScrollPane scroller = (ScrollPane) window.scene().lookup(".license-form").getParent().getParent()
                        .getParent();
                scroller.setVvalue(Double.parseDouble(System.getProperty("scroll", "0.55")));
            });
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
