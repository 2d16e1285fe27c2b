package io.licensor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.PortfolioService;
import io.licensor.testing.SyntheticPortfolio;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A big portfolio's dashboard is read and computed in the background: the window keeps answering and says it is
 * busy meanwhile (issue 5, item 4; the million-receipt figures are in docs/performance.md).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardResponsivenessFxTest {
    @TempDir static Path home;
    private static Path folder;
    private ShellModel shell;

    /** Off the FX thread: storing sixty thousand receipts takes longer than TestFX waits for a window. */
    @org.junit.jupiter.api.BeforeAll
    static void storeABigPortfolio() throws Exception {
        folder = Files.createTempDirectory(home, "big");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(SyntheticPortfolio.withReceipts(60_000));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        shell = TestWindows.show(stage, dialogs, Files.createTempDirectory(home, "settings").resolve("desktop.properties"));
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    @Test
    void whileABigDashboardIsComputedTheWindowAnswersAndShowsItIsBusy(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.open(folder)).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.sections().isEmpty()
                && ((DashboardSection) shell.sections().get(0)).model().loadingProperty().get());
        DashboardSection section = (DashboardSection) shell.sections().get(0);

        // Ask the FX thread something every few milliseconds while the figures are read and computed. A sample
        // only counts when it ran before the result arrived: drawing the result is a fixed cost, whatever the
        // portfolio's size, and is not what freezes a window on a big portfolio.
        long slowest = 0;
        int answered = 0;
        while (section.model().portfolio().dashboardProperty().get() == null) {
            long start = System.nanoTime();
            boolean[] busyWhileComputing = WaitForAsyncUtils.asyncFx(() -> new boolean[] {
                section.model().portfolio().dashboardProperty().get() == null,
                robot.lookup(".busy").queryAs(ProgressIndicator.class).isVisible()}).get(60, TimeUnit.SECONDS);
            if (busyWhileComputing[0]) {
                slowest = Math.max(slowest, System.nanoTime() - start);
                assertThat(busyWhileComputing[1]).as("the busy mark shows while computing").isTrue();
                answered++;
            }
            Thread.sleep(20);
        }
        assertThat(answered).as("the FX thread answered while computing").isPositive();
        // a frozen window would not answer for the whole read and computation (many seconds on a loaded machine)
        assertThat(TimeUnit.NANOSECONDS.toMillis(slowest)).isLessThan(2_000);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> section.model().portfolio().dashboardProperty()
                .get() != null);
        assertThat(section.model().portfolio().dashboardProperty().get().metrics().licenses()).hasSize(600);
    }
}
