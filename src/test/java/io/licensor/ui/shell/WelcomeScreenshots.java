package io.licensor.ui.shell;

import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.dashboard.DashboardScreenshots;
import io.licensor.ui.dashboard.DashboardSection;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Takes the user guide's first-run pictures at 1280 x 800: the welcome card over the demo portfolio's dashboard
 * (welcome.png), Help > Keyboard shortcuts (shortcuts.png) and a new, empty portfolio (new-portfolio.png). Headless
 * (Monocle), in a temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.shell.WelcomeScreenshots [-Dexec.args=docs/images]}
 */
public final class WelcomeScreenshots {

    private WelcomeScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        System.setProperty(Welcome.AUTO_PROPERTY, "on");
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        Path home = Files.createTempDirectory("licensor-screenshots");
        System.setProperty("user.home", home.toString()); // the status bar then shows "~/..." as for a user
        Platform.startup(() -> { });
        try {
            take(home, out);
        } finally {
            Platform.exit();
        }
    }

    static void take(Path home, Path out) throws Exception {
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
            Fx.run(() -> shell.start(home.resolve(".local/share/licensor/default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            DashboardSection dashboard = Fx.call(() -> (DashboardSection) shell.selectedSectionProperty().get());
            Fx.run(() -> dashboard.model().inputs().asOfProperty().set(DashboardScreenshots.AS_OF));
            settle(shell);
            Fx.waitUntil(() -> window.welcome().showingProperty().get());
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("welcome.png"));

            Stage shortcuts = Fx.call(() -> {
                window.welcome().close();
                MainWindowController controller = window.controller();
                return controller.openShortcuts();
            });
            Fx.waitUntil(() -> true);
            Snapshots.write(Fx.call(() -> Snapshots.take(shortcuts.getScene())), out.resolve("shortcuts.png"));
            Fx.run(shortcuts::close);

            Path empty = home.resolve("Documents/My portfolio");
            Files.createDirectories(empty);
            PortfolioService.open(empty).close();
            Fx.run(() -> shell.open(empty));
            Fx.waitUntil(() -> shell.service().map(s -> s.folder().equals(empty)).orElse(false));
            settle(shell);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("new-portfolio.png"));
        } finally {
            Fx.run(() -> {
                Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
                window.stage().hide();
                shell.close();
            });
        }
    }

    private static void settle(ShellModel shell) throws InterruptedException {
        Thread.sleep(300);
        Fx.waitUntil(() -> !shell.work().isRunning());
        Thread.sleep(500);
        Fx.waitUntil(() -> !shell.work().isRunning());
    }
}
