package io.licensor.ui.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Formats;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableRow;
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

/** The Receipts section in the real main window on the demo portfolio, clicked and typed at (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ReceiptsFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        Files.delete(folder);
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"),
                List.of(new ReceiptsSection.Provider(ReceiptsScreenshots.DEMO_DAY)));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private ReceiptsModel model() {
        return ((ReceiptsSection) shell.selectedSectionProperty().get()).model();
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    private void waitForReceipts() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && shell.selectedSectionProperty().get() != null && !shell.work().isRunning()
                && !model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String amount(String value) {
        return Formats.money(Money.of(value, "USD")).replace(" USD", "");
    }

    private void chooseLicense(FxRobot robot, String id) {
        robot.clickOn("#licenseFilter");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<String> c) -> id.equals(c.getItem()))
                .<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReceiptRow> table(FxRobot robot) {
        return robot.lookup(".receipt-table").queryAs(TableView.class);
    }

    private TableRow<ReceiptRow> row(FxRobot robot, String id) {
        return robot.lookup(".table-row-cell").match((TableRow<ReceiptRow> r) -> r.getItem() != null
                && r.getItem().id().equals(id)).query();
    }

    private String figure(FxRobot robot, String caption) {
        Label captionLabel = robot.lookup(".figure-caption").match((Label l) -> l.getText().equals(caption)).query();
        return ((Label) captionLabel.getParent().getChildrenUnmodifiable().get(1)).getText();
    }

    @Test
    void acmesSecondQuarterOf2025IsShownShortBy1750(FxRobot robot) throws Exception {
        waitForReceipts();
        chooseLicense(robot, "L1");

        TableRow<ReceiptRow> r7 = row(robot, "R7");
        Label check = robot.from(r7).lookup(".check").queryAs(Label.class);
        assertThat(check.getText()).isEqualTo("Short " + amount("1750.00"));
        assertThat(check.getStyleClass()).contains("check-danger");
        assertThat(check.getGraphic()).as("an icon beside the colour").isNotNull();
        assertThat(r7.getStyleClass()).contains(ReceiptColumns.SHORT_ROW);
        assertThat(robot.lookup(".check-danger").queryAll()).hasSize(1);
        assertThat(figure(robot, "Shortfall")).isEqualTo("Short " + amount("1750.00") + " USD");
    }

    @Test
    void sortingByAColumnKeepsTheSelectedReceiptSelectedAndOrdersTheRows(FxRobot robot) throws Exception {
        waitForReceipts();
        robot.interact(() -> model().editor().select("R7"));
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("R7");

        robot.clickOn(robot.lookup(".column-header").match((javafx.scene.control.skin.TableColumnHeader h) ->
                h.getTableColumn() != null && "Expected".equals(h.getTableColumn().getText())).<Node>query());
        waitForReceipts();

        List<ReceiptRow> rows = table(robot).getItems();
        assertThat(rows).hasSizeGreaterThan(10).extracting(ReceiptRow::expected).isSortedAccordingTo(
                java.util.Comparator.nullsLast(java.util.Comparator.comparing((Money m) -> m.currency()
                        .getCurrencyCode()).thenComparing(Money::amount)));
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("R7");
        assertThat(model().editor().currentProperty().get().id()).isEqualTo("R7");
        assertThat(robot.lookup("#countLabel").queryAs(Label.class).getText()).doesNotContain("sorting");
    }

    @Test
    void ctrlNAddsAReceiptCtrlSSavesItAndTheTotalsChange(FxRobot robot) throws Exception {
        waitForReceipts();
        chooseLicense(robot, "L1");
        String expectedBefore = figure(robot, "Expected");
        robot.clickOn(".receipt-table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("100000");
        robot.clickOn("#grossField").write("18000");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForReceipts();

        assertThat(service().receipt("R117")).isPresent();
        assertThat(table(robot).getItems()).extracting(ReceiptRow::id).contains("R117");
        assertThat(figure(robot, "Expected")).isNotEqualTo(expectedBefore)
                .isEqualTo(Formats.money(Money.of("115021.52", "USD")));
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("R117");
    }

    @Test
    void deleteKeyDeletesAfterConfirmingAndCtrlZBringsItBack(FxRobot robot) throws Exception {
        waitForReceipts();
        chooseLicense(robot, "L1");
        robot.clickOn(row(robot, "R7"));
        dialogs.answer(true);
        robot.type(KeyCode.DELETE);
        waitForReceipts();
        assertThat(service().receipt("R7")).isEmpty();
        assertThat(table(robot).getItems()).extracting(ReceiptRow::id).doesNotContain("R7");
        assertThat(figure(robot, "Shortfall")).doesNotStartWith("Short");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitForReceipts();
        assertThat(service().receipt("R7")).isPresent();
        assertThat(table(robot).getItems()).extracting(ReceiptRow::id).contains("R7");
        assertThat(figure(robot, "Shortfall")).isEqualTo("Short " + amount("1750.00") + " USD");
    }

    @Test
    void escapeThrowsAwayAnEditAndTooManyDecimalsAreSaidUnderTheField(FxRobot robot) throws Exception {
        waitForReceipts();
        chooseLicense(robot, "L1");
        robot.clickOn(row(robot, "R7"));
        TextField gross = robot.lookup("#grossField").queryAs(TextField.class);
        robot.doubleClickOn(gross).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("11403.255");
        Label message = robot.lookup("#amountsMessage").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("USD amounts have at most 2 decimals.");

        robot.type(KeyCode.ESCAPE);
        assertThat(gross.getText()).isEqualTo("11403.26");
        assertThat(message.isVisible()).isFalse();
    }
}
