package io.licensor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.FxRate;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
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

/** The settings section in the real main window: exchange rates added, refused and taken back with Ctrl+Z. */
@ExtendWith(ApplicationExtension.class)
class SettingsFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private Stage window;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", "EUR", "A1")
                    .fxRate("EUR", "2024-01-01", "1.09").build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        window = stage;
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private void openSettings(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Settings");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<FxRate> table(FxRobot robot) {
        return robot.lookup(".rates-table").queryAs(TableView.class);
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    @Test
    void anAddedRateIsStoredAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        openSettings(robot);
        robot.clickOn("New rate");
        robot.doubleClickOn(".rate-editor .date-picker .text-field")
                .press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("2025-01-01");
        robot.clickOn("#rateField").write("1.08");
        robot.clickOn("Add rate");
        WaitForAsyncUtils.waitForFxEvents();

        FxRate added = new FxRate(java.util.Currency.getInstance("EUR"), LocalDate.of(2025, 1, 1),
                new BigDecimal("1.08"));
        assertThat(service().fxRates()).contains(added);
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(table(robot).getSelectionModel().getSelectedItem()).isEqualTo(added);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().fxRates()).doesNotContain(added).hasSize(1);
        assertThat(table(robot).getItems()).hasSize(1);
    }

    @Test
    void aZeroRateIsRefusedWithASentenceAndAddStaysDisabled(FxRobot robot) throws Exception {
        openSettings(robot);
        robot.clickOn("New rate");
        robot.clickOn("#rateField").write("0");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".rate-editor .field-message").queryAs(Label.class).getText())
                .isEqualTo("The rate must be greater than 0.");
        assertThat(robot.lookup("#saveRateButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void renamingThePortfolioRenamesTheWindow(FxRobot robot) throws Exception {
        openSettings(robot);
        robot.doubleClickOn("#nameField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Jane's IP");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().settings().name()).isEqualTo("Jane's IP");
        assertThat(window.getTitle()).isEqualTo("Licensor - Jane's IP");
    }
}
