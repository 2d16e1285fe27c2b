package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.AssetsSection;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.dashboard.DashboardSection;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The welcome card in the real main window (headless Monocle) on the real demo portfolio: it opens by itself, its
 * links go to their places, Help > Welcome brings it back, "Don't show again" lasts across a restart, and an empty
 * portfolio gets its first steps instead.
 */
@ExtendWith(ApplicationExtension.class)
class WelcomeFxTest {
    @TempDir Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private MainWindow window;
    private Stage stage;
    private static String suiteSetting;

    @BeforeAll
    static void letTheCardOpenByItself() {
        // the suite keeps it shut (pom.xml) so it does not cover other tests' sections
        suiteSetting = System.getProperty(Welcome.AUTO_PROPERTY);
        System.setProperty(Welcome.AUTO_PROPERTY, "on");
    }

    @AfterAll
    static void restoreTheSuiteSetting() {
        if (suiteSetting == null) {
            System.clearProperty(Welcome.AUTO_PROPERTY);
        } else {
            System.setProperty(Welcome.AUTO_PROPERTY, suiteSetting);
        }
    }

    @Start
    void start(Stage primary) {
        this.stage = primary;
    }

    @AfterEach
    void closePortfolio() throws Exception {
        if (shell != null) {
            WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);
        }
    }

    private Path settingsFile() {
        return home.resolve("desktop.properties");
    }

    /** A fresh start of the app (new settings read from the same file) on the demo portfolio. */
    private void startOnTheDemo() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(settingsFile()),
                    ShellModel.installedSections());
            window = MainWindow.show(stage, shell, dialogs, () -> { });
            stage.setWidth(1280);
            stage.setHeight(800);
            shell.start(home.resolve("default"));
        }).get(10, TimeUnit.SECONDS);
        waitUntilOpen();
    }

    private void waitUntilOpen() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.service().isPresent() && !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean showing() {
        return window.welcome().showingProperty().get();
    }

    private String shownSection() {
        return shell.selectedSectionProperty().get().title();
    }

    private void helpWelcome(FxRobot robot) {
        robot.clickOn("Help").clickOn("Welcome");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing()).isTrue();
    }

    @Test
    void theCardOpensOnTheDemoAndEachLinkGoesToItsPlace(FxRobot robot) throws Exception {
        startOnTheDemo();
        assertThat(showing()).isTrue();
        assertThat(robot.lookup("This is a demo portfolio with made-up data, so try anything. Four good places to "
                + "start:").tryQuery()).isPresent();

        robot.clickOn("Audit your assets");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSection()).isEqualTo("Assets");
        assertThat(showing()).isFalse();

        helpWelcome(robot);
        robot.clickOn("Record a license");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSection()).isEqualTo("Licenses");

        helpWelcome(robot);
        robot.clickOn("Compare tier structures");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSection()).isEqualTo("Scenarios");

        helpWelcome(robot);
        robot.clickOn("Read an asset's dashboard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSection()).isEqualTo("Dashboard");
        DashboardSection dashboard = (DashboardSection) shell.selectedSectionProperty().get();
        String showcase = Welcome.showcaseAsset(shell.service().orElseThrow()).orElseThrow().id();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> showcase.equals(dashboard.model().shownAssetProperty().get()));
        assertThat(showing()).isFalse();
    }

    @Test
    void closeAndEscapeHideTheCardButLeaveItForTheNextStart(FxRobot robot) throws Exception {
        startOnTheDemo();
        robot.clickOn("#welcomeClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing()).isFalse();
        helpWelcome(robot);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing()).isFalse();

        assertThat(DesktopSettings.load(settingsFile()).welcomeDismissed()).isFalse();
    }

    @Test
    void dontShowAgainLastsAcrossARestartAndHelpWelcomeStillBringsItBack(FxRobot robot) throws Exception {
        startOnTheDemo();
        robot.clickOn("Don't show again");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);

        assertThat(DesktopSettings.load(settingsFile()).welcomeDismissed()).isTrue();
        startOnTheDemo();
        assertThat(shell.service().orElseThrow().isDemo()).isTrue();
        assertThat(showing()).isFalse();

        helpWelcome(robot);
        // already dismissed: the card no longer offers it
        assertThat(robot.lookup("#welcomeDontShow").queryButton().isVisible()).isFalse();
    }

    @Test
    void openingAnotherPortfolioTakesTheDemosCardAway() throws Exception {
        Path mine = Files.createDirectories(home.resolve("mine"));
        try (PortfolioService service = PortfolioService.open(mine)) {
            service.importPortfolio(new io.licensor.testing.PortfolioBuilder().fullAsset("A1").build());
        }
        startOnTheDemo();
        assertThat(showing()).isTrue();

        WaitForAsyncUtils.asyncFx(() -> shell.open(mine)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.service().map(s -> !s.isDemo()).orElse(false)
                && !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing()).isFalse();
    }

    @Test
    void anEmptyPortfolioOffersFirstStepsAndAddYourFirstAssetOpensANewAsset(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(home.resolve("mine"));
        PortfolioService.open(empty).close();
        WaitForAsyncUtils.asyncFx(() -> {
            shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(settingsFile()),
                    ShellModel.installedSections());
            window = MainWindow.show(stage, shell, dialogs, () -> { });
            stage.setWidth(1280);
            stage.setHeight(800);
            shell.open(empty);
        }).get(10, TimeUnit.SECONDS);
        waitUntilOpen();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, this::showing);
        assertThat(robot.lookup("Import a portfolio file").tryQuery()).isPresent();
        assertThat(robot.lookup("Name your portfolio").tryQuery()).isPresent();
        assertThat(robot.lookup("Audit your assets").tryQuery()).isEmpty();

        robot.clickOn("Add your first asset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownSection()).isEqualTo("Assets");
        AssetsSection assets = (AssetsSection) shell.selectedSectionProperty().get();
        assertThat(assets.model().editor().editingProperty().get()).isTrue();
        assertThat(robot.lookup("New asset A1").tryQuery()).isPresent();
        // the same as Ctrl+N in the register: an unsaved new asset in the editor, nothing stored yet
        assertThat(shell.service().orElseThrow().assets()).isEmpty();
    }
}
