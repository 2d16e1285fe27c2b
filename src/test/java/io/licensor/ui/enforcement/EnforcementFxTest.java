package io.licensor.ui.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.DemoPortfolio;
import io.licensor.service.EnforcementSummary.AssetRow;
import io.licensor.service.PortfolioService;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableRow;
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

/** The Enforcement section in the real main window on the demo portfolio (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class EnforcementFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        Files.delete(folder);
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"),
                List.of(new EnforcementSection.Provider(EnforcementScreenshots.DEMO_DAY)));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private EnforcementModel model() {
        return ((EnforcementSection) shell.selectedSectionProperty().get()).model();
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    private void waitForTotals() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && shell.selectedSectionProperty().get() != null && !shell.work().isRunning()
                && !model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private AssetRow totalsOf(FxRobot robot, String asset) {
        TableView<AssetRow> table = robot.lookup(".asset-totals-table").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.assetId().equals(asset)).findFirst().orElseThrow();
    }

    @Test
    void ctrlNRecordsACostAndTheAssetsTotalGoesUp(FxRobot robot) throws Exception {
        waitForTotals();
        assertThat(totalsOf(robot, "A1").net()).isEqualByComparingTo("1500.00");
        robot.clickOn(".entry-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("250");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForTotals();

        assertThat(service().enforcementEntry("E7")).hasValueSatisfying(e -> assertThat(e.assetId())
                .isEqualTo("A1"));
        assertThat(totalsOf(robot, "A1").net()).isEqualByComparingTo("1750.00");
        assertThat(totalsOf(robot, "A1").netLastTwelveMonths()).isEqualByComparingTo("1750.00");
    }

    @Test
    void clickingAnAssetsTotalsShowsItsEntries(FxRobot robot) throws Exception {
        waitForTotals();
        robot.clickOn(robot.lookup(".asset-totals-table .table-row-cell").match((TableRow<AssetRow> r) ->
                r.getItem() != null && r.getItem().assetId().equals("A3")).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model().filterProperty().get()).isEqualTo(Target.asset("A3"));
        assertThat(robot.lookup(".entry-table").queryAs(TableView.class).getItems()).hasSize(2);
    }

    @Test
    void deleteKeyDeletesAnEntryAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        waitForTotals();
        robot.clickOn(robot.lookup(".entry-table .table-row-cell").match((TableRow<EntryRow> r) ->
                r.getItem() != null && r.getItem().id().equals("E5")).<javafx.scene.Node>query());
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        waitForTotals();
        assertThat(service().enforcementEntry("E5")).isEmpty();
        assertThat(model().totals()).extracting(AssetRow::assetId).doesNotContain("A9");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForTotals();
        assertThat(service().enforcementEntry("E5")).isPresent();
        assertThat(totalsOf(robot, "A9").exceedsIncome()).isTrue();
    }
}
