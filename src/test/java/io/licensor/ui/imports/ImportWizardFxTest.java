package io.licensor.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.statement.StatementProblem;
import io.licensor.model.AssetType;
import io.licensor.model.Receipt;
import io.licensor.service.PortfolioService;
import io.licensor.service.StatementFiles;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import wizard in the real main window (headless Monocle) on a real portfolio: opened with Ctrl+I, a real
 * statement with one bad line is refused with its line number and nothing written, then the corrected file is
 * imported and the license's totals change.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                    .license("L1", "USD", "A1").license("L2", "USD", "A1")
                    .receipt("R1", "L1", "2018-12-31", "10.00").build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w instanceof Stage s && "Import statement".equals(s.getTitle()))
                    .toList().forEach(Window::hide);
            shell.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    private BigDecimal grossOf(String license) {
        return service().receipts().stream().filter(r -> r.licenseId().equals(license)).map(Receipt::gross)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; the wizard shows: " + wizardState(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the wizard's window says, for a test that timed out. */
    private static String wizardState() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Import statement".equals(s.getTitle()))
                .flatMap(w -> w.getScene().getRoot().lookupAll(".label").stream())
                .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank())
                .toList().toString()).get(10, TimeUnit.SECONDS);
    }

    /** The wizard's window, if it is showing. */
    private static Optional<Stage> wizardWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && "Import statement".equals(s.getTitle()))
                .map(Stage.class::cast).findFirst();
    }

    /** Looks up nodes in the wizard's window only (the main window has buttons of the same ids). */
    private static NodeQuery in(FxRobot robot, String query) {
        return robot.from(wizardWindow().orElseThrow().getScene().getRoot()).lookup(query);
    }

    private static boolean showing(FxRobot robot, String query) {
        return wizardWindow().isPresent() && in(robot, query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private void next(FxRobot robot) throws Exception {
        Button next = in(robot, "#nextButton").queryAs(Button.class);
        waitUntil(() -> !next.isDisabled());
        robot.sleep(300); // one layout pass: the buttons' texts and widths change with the page
        robot.clickOn(next);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadLineIsShownWithItsLineNumberAndNothingWrittenThenTheCorrectedFileIsImported(FxRobot robot)
            throws Exception {
        waitUntil(() -> shell.service().isPresent() && !shell.work().isRunning());
        Path bad = StatementFiles.copyWith("unity_asset_store_sales.csv", Files.createTempDirectory(home, "bad"),
                "$30.00", "$3O.00");
        Path good = StatementFiles.sample("unity_asset_store_sales.csv");
        BigDecimal before = grossOf("L1");

        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#chooseButton"));
        dialogs.answer(Optional.of(bad));
        robot.clickOn(in(robot, "#chooseButton").queryButton());
        robot.clickOn(in(robot, "#licenseBox").<Node>query()).clickOn("L1  Licensee of L1 (USD)");
        next(robot);
        waitUntil(() -> showing(robot, ".preview-table"));
        assertThat(in(robot, "Gross").tryQuery()).isPresent();
        next(robot);
        waitUntil(() -> showing(robot, ".problem-table"));

        TableView<StatementProblem> problems = in(robot, ".problem-table").queryAs(TableView.class);
        assertThat(problems.getItems()).extracting(StatementProblem::toString)
                .containsExactly("line 3, column 'Gross': '$3O.00' is not a number");
        assertThat(in(robot, ".problem-table .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList()).contains("3", "Gross", "'$3O.00' is not a number");
        assertThat(in(robot, "#nextButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(service().receipts()).extracting(Receipt::id).containsExactly("R1");

        robot.clickOn(in(robot, "#backButton").queryButton());
        robot.sleep(300);
        robot.clickOn(in(robot, "#backButton").queryButton());
        dialogs.answer(Optional.of(good));
        robot.clickOn(in(robot, "#chooseButton").queryButton());
        next(robot);
        waitUntil(() -> showing(robot, ".preview-table"));
        next(robot);
        waitUntil(() -> in(robot, "#nextButton").queryAs(Button.class).getText().equals("Import 2 receipts"));
        next(robot);
        waitUntil(() -> in(robot, "#importHeading").queryAs(Label.class).getText()
                .startsWith("2 receipts imported"));

        assertThat(in(robot, "#importHeading").queryAs(Label.class).getText())
                .isEqualTo("2 receipts imported (R2 to R3).");
        assertThat(service().receipts()).extracting(Receipt::id).containsExactly("R1", "R2", "R3");
        assertThat(grossOf("L1")).isEqualByComparingTo(before.add(new BigDecimal("305.00")));
        TableView<ImportPageController.Row> summary = in(robot, "#licenseTable").queryAs(TableView.class);
        assertThat(summary.getItems()).singleElement().satisfies(row -> {
            assertThat(row.after().receipts()).isEqualTo(3);
            assertThat(row.after().gross()).isEqualByComparingTo("315.00");
        });
        robot.sleep(300);
        robot.clickOn(in(robot, "#cancelButton").queryButton());
        waitUntil(() -> wizardWindow().isEmpty());
    }
}
