package io.licensor.ui.assets;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * Opening the asset register reads the assets in the background: the window answers and the table says it is loading
 * until they come; then the rows are there and the keyboard moves the selection. Real main window, real H2 portfolio.
 */
@ExtendWith(ApplicationExtension.class)
class AssetsOpeningFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.SOFTWARE)
                    .asset("A3", AssetType.PATENT).build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theRegisterSaysLoadingWhileTheAssetsAreReadThenShowsThemAndTakesKeys(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        // hold the background worker: the section's read queues behind this job
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> shell.work().run("Holding", () -> release.await(20, TimeUnit.SECONDS), done -> { },
                error -> { }));

        robot.interact(() -> shell.showSection("Assets"));

        TableView<Asset> table = robot.lookup(".asset-table").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).isEqualTo("Loading assets...");
        // the FX thread is free meanwhile: an event posted now runs while the read still waits
        assertThat(WaitForAsyncUtils.asyncFx(() -> release.getCount()).get(5, TimeUnit.SECONDS)).isEqualTo(1);

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).extracting(Asset::id).containsExactly("A1", "A2", "A3");
        robot.clickOn(".asset-table");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.type(KeyCode.DOWN);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo("A2");
        AssetsSection section = (AssetsSection) shell.selectedSectionProperty().get();
        assertThat(section.model().editor().currentProperty().get().id()).isEqualTo("A2");
    }
}
