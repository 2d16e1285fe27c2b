package io.licensor.ui.dashboard;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Destination;
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
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Takes the documentation's pictures of the dashboards: the main window at 1280 x 800 on the demo portfolio as of
 * 2026-11-27, the portfolio dashboard in the light and dark theme and asset A1's dashboard. Headless (Monocle), in a
 * temporary data folder.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.dashboard.DashboardScreenshots [-Dexec.args=docs/images]}
 */
public final class DashboardScreenshots {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static double height = 800;

    private DashboardScreenshots() {}

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Path.of(args.length > 0 ? args[0] : "docs/images");
        // a second argument gives the window's height, to look at everything below the fold while designing
        height = args.length > 1 ? Double.parseDouble(args[1]) : 800;
        if (height > 860) {
            System.setProperty("headless.geometry", "1400x" + (int) (height + 100) + "-32");
        }
        Path home = Files.createTempDirectory("licensor-screenshots");
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
            w.stage().setHeight(height);
            return w;
        });
        try {
            Fx.run(() -> shell.start(home.resolve("default")));
            Fx.waitUntil(() -> shell.contextProperty().get() != null && !shell.work().isRunning());
            DashboardSection section = Fx.call(() -> (DashboardSection) shell.selectedSectionProperty().get());
            Fx.run(() -> section.model().inputs().asOfProperty().set(AS_OF));
            waitForDashboard(shell, section);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("dashboard.png"));
            Fx.run(() -> Theme.apply(window.scene(), true));
            Fx.waitUntil(() -> true);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("dashboard-dark.png"));
            Fx.run(() -> Theme.apply(window.scene(), false));
            Fx.run(() -> shell.go(Destination.assetDashboard("A1")));
            waitForDashboard(shell, section);
            Fx.waitUntil(() -> section.model().asset().dashboardProperty().get() != null);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("asset-dashboard.png"));
            Fx.run(() -> Theme.apply(window.scene(), true));
            Fx.waitUntil(() -> true);
            Snapshots.write(Fx.call(() -> Snapshots.take(window.scene())), out.resolve("asset-dashboard-dark.png"));
            Fx.run(() -> Theme.apply(window.scene(), false));
        } finally {
            Fx.run(() -> {
                window.stage().hide();
                shell.close();
            });
        }
    }

    private static void waitForDashboard(ShellModel shell, DashboardSection section) throws InterruptedException {
        Thread.sleep(100);
        Fx.waitUntil(() -> !shell.work().isRunning() && !section.model().loadingProperty().get()
                && section.model().portfolio().dashboardProperty().get() != null);
        Thread.sleep(300);
        Fx.waitUntil(() -> true);
    }
}
