package io.licensor.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.TableCsvExport;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.receipts.ReceiptsSection;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
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
 * "Export as CSV..." on the Receipts table of the real main window (headless Monocle, demo portfolio), and File >
 * Export report...'s background writing.
 */
@ExtendWith(ApplicationExtension.class)
class TableCsvExportFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo");
        Files.delete(folder);
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"),
                List.of(new ReceiptsSection.Provider(java.time.Clock.fixed(java.time.Instant.parse("2026-11-27T12:00:00Z"),
                        java.time.ZoneOffset.UTC))));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private void waitForTable(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent()
                && shell.selectedSectionProperty().get() != null && !shell.work().isRunning()
                && robot.lookup(".receipt-table").tryQuery().map(n -> !((TableView<?>) n).getItems().isEmpty())
                        .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theContextMenuWritesTheShownRowsWithMoneyAsNumbersAndACurrencyColumn(FxRobot robot) throws Exception {
        waitForTable(robot);
        Path file = home.resolve("receipts.csv");
        dialogs.answer(Optional.of(file));

        // Monocle sends no context-menu request for a right click: fire the table's menu item as the menu would
        TableView<?> table = robot.lookup(".receipt-table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> table.getContextMenu().getItems().stream()
                .filter(i -> "Export as CSV...".equals(i.getText())).findFirst().orElseThrow().fire())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("ID,").contains(",Expected,Expected currency,Received,Received currency,")
                .contains(",Shortfall,");
        String r7 = lines.stream().filter(l -> l.startsWith("R7,")).findFirst().orElseThrow();
        // the period in the table's words, amounts as plain numbers beside their currency, the date ISO
        assertThat(r7).isEqualTo("R7,L1,Q2 2025,Royalty,102853,13153.26,USD,11403.26,USD,1750.00,0,USD,11403.26,USD,"
                + "2025-07-30");
        assertThat(lines).hasSize(1 + 116);
    }

    @Test
    void cellsFollowTheTablesSortingAndVisibleColumns(FxRobot robot) throws Exception {
        waitForTable(robot);
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup(".receipt-table").queryAs(TableView.class);
        WaitForAsyncUtils.asyncFx(() -> {
            table.getVisibleLeafColumns().stream().filter(c -> "Paid on".equals(c.getText())).findFirst()
                    .orElseThrow().setVisible(false);
        }).get(10, TimeUnit.SECONDS);
        TableCsvExport.Table cells = WaitForAsyncUtils.asyncFx(() -> TableCsvExport.cells(table))
                .get(10, TimeUnit.SECONDS);
        assertThat(cells.header()).doesNotContain("Paid on");
        assertThat(cells.rows()).hasSize(table.getItems().size());
    }

    @Test
    void exportReportWritesThePdfInTheBackgroundAndSaysWhere(FxRobot robot) throws Exception {
        waitForTable(robot);
        Path file = home.resolve("reports/statement-L1.pdf");
        PortfolioService service = shell.service().orElseThrow();
        ReportForm form = new ReportForm(LocalDate.of(2026, 11, 27));
        form.licenseIdProperty().set("L1");
        WaitForAsyncUtils.asyncFx(() -> ExportReportCommand.export(new PortfolioContext(service, dialogs,
                new UndoStack(), shell.work()), form, file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.shown().stream()
                .anyMatch(m -> m.startsWith("The report was saved.")));
        assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }
}
