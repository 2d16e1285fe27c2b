package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The asset register in the real main window, clicked and typed at (headless Monocle), on a real H2 portfolio. */
@ExtendWith(ApplicationExtension.class)
class AssetRegisterFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = java.nio.file.Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().fullAsset("A1").asset("A2", AssetType.SOFTWARE)
                    .asset("A10", AssetType.PATENT).build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    private void waitForPortfolio() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // the dashboard comes first: go to the register
        WaitForAsyncUtils.asyncFx(() -> shell.selectedSectionProperty().set(shell.sections().stream()
                .filter(s -> s.title().equals("Assets")).findFirst().orElseThrow())).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        // the register reads its assets in the background once shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning()
                && shell.selectedSectionProperty().get() instanceof io.licensor.ui.assets.AssetsSection assets
                && !assets.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<Asset> table(FxRobot robot) {
        return robot.lookup(".asset-table").queryAs(TableView.class);
    }

    private void selectRow(FxRobot robot, String id) {
        robot.clickOn(robot.lookup(".table-row-cell").match((javafx.scene.control.TableRow<Asset> row) ->
                row.getItem() != null && row.getItem().id().equals(id)).<javafx.scene.Node>query());
    }

    @Test
    void ctrlNAddsAnAssetThatIsStoredOnCtrlS(FxRobot robot) throws Exception {
        waitForPortfolio();
        robot.clickOn(".asset-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Song lyrics");
        robot.clickOn("Add owner");
        robot.write("Jane Doe");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().asset("A11")).map(Asset::title).contains("Song lyrics");
        assertThat(table(robot).getItems()).extracting(Asset::id).contains("A11");
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("A11");
    }

    @Test
    void anEmptyTitleShowsASentenceAndDisablesSaveUntilFixed(FxRobot robot) throws Exception {
        waitForPortfolio();
        selectRow(robot, "A1");
        robot.doubleClickOn("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);

        Label message = robot.lookup("#titleMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("Give the asset a title");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#titleField").write("Churn model v2");
        assertThat(message.isVisible()).isFalse();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service().asset("A1")).map(Asset::title).contains("Churn model v2");
    }

    @Test
    void aTypedIsoDateIsTakenAndAnImpossibleOneIsExplained(FxRobot robot) throws Exception {
        waitForPortfolio();
        selectRow(robot, "A1");
        TextField created = robot.lookup("#createdPicker").queryAs(javafx.scene.control.DatePicker.class)
                .getEditor();
        robot.clickOn(created).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("2024-02-30");
        Label message = robot.lookup("#datesMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).contains("\"2024-02-30\" is not a date");
        assertThat(robot.lookup("#saveButton").queryAs(Button.class).isDisabled()).isTrue();

        robot.type(KeyCode.BACK_SPACE, 2).write("28");
        assertThat(message.isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service().asset("A1").orElseThrow().createdOn()).isEqualTo(java.time.LocalDate.of(2024, 2, 28));
    }

    @Test
    void escapeThrowsAwayTheEditsInTheForm(FxRobot robot) throws Exception {
        waitForPortfolio();
        selectRow(robot, "A1");
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        String stored = title.getText();
        robot.clickOn(title).write(" draft");
        assertThat(robot.lookup("#stateLabel").queryAs(Label.class).getText()).isEqualTo("unsaved changes");

        robot.type(KeyCode.ESCAPE);

        assertThat(title.getText()).isEqualTo(stored);
        assertThat(robot.lookup("#stateLabel").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void deleteKeyDeletesAfterConfirmingAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        waitForPortfolio();
        Asset before = service().asset("A1").orElseThrow();
        selectRow(robot, "A1");
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(service().asset("A1")).isEmpty();
        assertThat(table(robot).getItems()).extracting(Asset::id).containsExactly("A2", "A10");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().asset("A1")).contains(before);
        assertThat(table(robot).getItems()).extracting(Asset::id).containsExactly("A1", "A2", "A10");
    }

    @Test
    void ctrlZInsideATextFieldUndoesTheTypingNotTheLastDelete(FxRobot robot) throws Exception {
        waitForPortfolio();
        selectRow(robot, "A1");
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#searchField").write("x");
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(service().asset("A1")).isEmpty();
    }

    @Test
    void ctrlFFocusesTheSearchAndTypingFiltersTheTable(FxRobot robot) throws Exception {
        waitForPortfolio();
        robot.clickOn(".asset-table");
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write("full");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#searchField").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(table(robot).getItems()).extracting(Asset::id).containsExactly("A1");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("3 assets, 1 shown");
    }

    @Test
    void theFlagsColumnNamesTheFlagAndTheFlaggedFilterShowsOnlyFlaggedAssets(FxRobot robot) throws Exception {
        waitForPortfolio();
        // A2 and A10 have no owners: unclear ownership; A1 (two owners, 100 %) has no flag
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".flag").tryQuery().isPresent());
        assertThat(robot.lookup(".flag").queryAllAs(Label.class)).extracting(Label::getText)
                .containsOnly("Ownership");

        robot.clickOn("#flaggedToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table(robot).getItems()).extracting(Asset::id).containsExactly("A2", "A10");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).isEqualTo("3 assets, 2 shown");
    }

    @Test
    void theWindowTitleNamesThePortfolio(FxRobot robot) throws Exception {
        waitForPortfolio();
        assertThat(robot.window(0)).isInstanceOf(Stage.class);
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Licensor - Test portfolio");
    }
}
