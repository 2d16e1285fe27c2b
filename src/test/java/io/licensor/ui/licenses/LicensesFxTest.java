package io.licensor.ui.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.service.PortfolioService;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The licenses section in the real main window, clicked and typed at (headless Monocle), on a real H2 portfolio. */
@ExtendWith(ApplicationExtension.class)
class LicensesFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "portfolio");
        LocalDate start = LocalDate.of(2024, 4, 1);
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder()
                    .asset(Asset.of("A1", "Invoice OCR library", AssetType.SOFTWARE))
                    .license(new License("L1", "Bergmann Software GmbH", "DE", List.of("A1"), start,
                            LocalDate.of(2027, 3, 31), false, "EU and EEA", null, null,
                            RoyaltyTerms.flat("EUR", start, "0.08").withTiers(List.of(Tier.of("0", "0.08"),
                                    Tier.of("250000", "0.10")))))
                    .royalty("R1", "L1", "2024-06-30", "90000", "7200.00")
                    .build());
        }
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private void openLicenses(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Licenses");
        WaitForAsyncUtils.waitForFxEvents();
        // the section reads its licenses in the background once shown
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.work().isRunning()
                && shell.selectedSectionProperty().get() instanceof LicensesSection licenses
                && !licenses.model().loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<License> table(FxRobot robot) {
        return robot.lookup(".license-table").queryAs(TableView.class);
    }

    private void selectRow(FxRobot robot, String id) {
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<License> row) ->
                row.getItem() != null && row.getItem().id().equals(id)).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the editor so {@code query}'s node is in view, as a person would before clicking it. */
    private static Node inView(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            Node parent = node.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent instanceof ScrollPane scroller) {
                Node content = scroller.getContent();
                double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                double room = content.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
                scroller.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private PortfolioService service() {
        return shell.service().orElseThrow();
    }

    @Test
    void theStatusCellSaysTheStatusInWordsIconAndColourAndExplainsItOnHover(FxRobot robot) throws Exception {
        openLicenses(robot);
        TableView<License> table = table(robot);
        License l1 = table.getItems().get(0);
        LicenseStatus status = LicenseStatus.of(l1, LocalDate.now());

        TableCell<?, ?> cell = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && "Status".equals(c.getTableColumn().getText()) && c.getItem() == l1).query();
        Label label = (Label) cell.getGraphic();
        robot.interact(() -> cell.getTooltip().getOnShowing()
                .handle(new WindowEvent(cell.getTooltip(), WindowEvent.WINDOW_SHOWING)));

        assertThat(label.getText()).isEqualTo(status.label());
        assertThat(label.getStyleClass()).contains("license-status", status.styleClass());
        assertThat(label.getGraphic()).isInstanceOf(FontIcon.class);
        assertThat(cell.getTooltip().getText()).isEqualTo(status.explanation(l1));
        TableCell<?, ?> terms = robot.lookup(".table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && "Terms".equals(c.getTableColumn().getText()) && c.getTableRow().getItem() == l1).query();
        assertThat(((Label) terms.getGraphic()).getText()).isEqualTo(LicenseColumns.summary(l1.terms()));
        assertThat(table.getFixedCellSize()).as("one row height for all rows").isPositive();
    }

    @Test
    void renewingALicenseAddsItsSuccessorWithCopiedTermsAndShowsIt(FxRobot robot) throws Exception {
        openLicenses(robot);
        selectRow(robot, "L1");
        dialogs.answer(true);

        robot.clickOn("#renewButton");
        WaitForAsyncUtils.waitForFxEvents();

        License l1 = service().license("L1").orElseThrow();
        License l2 = service().license("L2").orElseThrow();
        assertThat(l2.renewalOf()).isEqualTo("L1");
        assertThat(l2.start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(l2.end()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(l2.terms().tiers()).isEqualTo(l1.terms().tiers());
        assertThat(l2.terms().currency()).isEqualTo(l1.terms().currency());
        assertThat(table(robot).getItems()).extracting(License::id).containsExactly("L1", "L2");
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("L2");
        assertThat(robot.lookup(".renewal-link").queryAllAs(javafx.scene.control.Hyperlink.class))
                .extracting(javafx.scene.control.Hyperlink::getText).containsExactly("Renews L1");

        robot.clickOn(inView(robot, ".renewal-link"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getSelectionModel().getSelectedItem().id()).isEqualTo("L1");
    }

    @Test
    void deletingALicenseWithReceiptsSaysSoAndCtrlZBringsThemBack(FxRobot robot) throws Exception {
        openLicenses(robot);
        selectRow(robot, "L1");
        dialogs.answer(true);

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.shown()).containsExactly("Delete L1 (Bergmann Software GmbH) and its receipt?");
        assertThat(service().licenses()).isEmpty();
        assertThat(service().receipts()).isEmpty();
        assertThat(robot.lookup(".license-table .placeholder .label").queryAs(Label.class).getText())
                .startsWith("No licenses yet.");

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().receipts()).extracting(r -> r.id()).containsExactly("R1");
        assertThat(table(robot).getItems()).extracting(License::id).containsExactly("L1");
    }

    @Test
    void typingATermInTheEditorMarksItUnsavedAndCtrlSSavesIt(FxRobot robot) throws Exception {
        openLicenses(robot);
        selectRow(robot, "L1");
        robot.doubleClickOn(inView(robot, "#tierRate1")).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("11 %");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".unsaved-mark").match(Node::isVisible).queryAs(Label.class).getText())
                .isEqualTo("unsaved changes");

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(service().license("L1").orElseThrow().terms().tiers().get(1).rate()).isEqualByComparingTo("0.11");
    }
}
