package io.licensor.ui.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.DemoPortfolio;
import io.licensor.ui.common.Formats;
import io.licensor.ui.shell.ShellModel;
import io.licensor.ui.testing.ScriptedDialogs;
import io.licensor.ui.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Slider;
import javafx.scene.control.TableCell;
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
 * What a slider step redraws in place (cells and bars kept, their figures changed), on the demo portfolio in the real
 * main window (headless Monocle, real H2).
 */
@ExtendWith(ApplicationExtension.class)
class ScenarioStudioRedrawFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory(home, "demo").resolve("portfolio");
        DemoPortfolio.install(folder).close();
        shell = TestWindows.show(stage, dialogs, home.resolve("settings"));
        shell.open(folder);
    }

    @AfterEach
    void closePortfolio() throws Exception {
        TestWindows.close(shell);
    }

    private ScenariosSection studio(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.service().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // sections are built on their first visit (decision 0110): show it, then take the section shown
        robot.interact(() -> shell.showSection("Scenarios"));
        ScenariosSection section = (ScenariosSection) WaitForAsyncUtils.asyncFx(
                () -> shell.selectedSectionProperty().get()).get();
        robot.interact(() -> section.controller().structureTabs().getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        return section;
    }

    /** The totals table's cells as shown, row by row: name cell's text and tooltip, then the money cells' text. */
    private static List<List<String>> shownCells(TableView<TotalsTable.LiveRow> table) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.getItems().size(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                TableCell<?, ?> cell = cell(table, r, c);
                row.add(c == 0 ? ((TotalsTable.NameCell) cell).getTooltip().getText() : cell.getText());
            }
            rows.add(row);
        }
        return rows;
    }

    private static TableCell<?, ?> cell(TableView<TotalsTable.LiveRow> table, int row, int column) {
        return table.lookupAll(".table-cell").stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == row && c.getTableColumn() == table.getColumns().get(column)
                        && !c.isEmpty())
                .findFirst().orElseThrow();
    }

    private static List<List<String>> expectedCells(TableView<TotalsTable.LiveRow> table) {
        List<List<String>> rows = new ArrayList<>();
        for (TotalsTable.LiveRow live : table.getItems()) {
            TotalsTable.Row r = live.get();
            rows.add(List.of(r.name().terms(), Formats.money(r.royalty()), Formats.money(r.income()),
                    Formats.money(r.npv())));
        }
        return rows;
    }

    @Test
    void aRateStepRewritesTheTotalsCellsAndKeepsEachNameCellWithItsSwatch(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        TableView<TotalsTable.LiveRow> table = s.controller().totals().node();
        Node nameBefore = cell(table, 1, 0).getGraphic();
        List<List<String>> before = shownCells(table);

        Slider top = robot.lookup("#s1-rate2").queryAs(Slider.class);
        robot.interact(() -> top.setValue(top.getValue() + 3));
        WaitForAsyncUtils.waitForFxEvents();

        List<List<String>> after = shownCells(table);
        assertThat(after).isEqualTo(expectedCells(table));
        assertThat(after.get(0)).isEqualTo(before.get(0)); // the other structure's figures did not move
        assertThat(after.get(1).get(0)).isNotEqualTo(before.get(1).get(0)); // the terms in words name the new rate
        assertThat(after.get(1).get(1)).isNotEqualTo(before.get(1).get(1));
        assertThat(cell(table, 1, 0).getGraphic()).isNotNull().isSameAs(nameBefore);
    }

    @Test
    void theNpvChartKeepsOneBarPerStructureUnderItsNameAsRatesAndNamesChange(FxRobot robot) throws Exception {
        ScenariosSection s = studio(robot);
        BarChart<?, ?> npv = (BarChart<?, ?>) s.view().lookup(".npv-chart");
        Slider top = robot.lookup("#s1-rate2").queryAs(Slider.class);
        robot.interact(() -> top.setValue(top.getValue() + 2));
        robot.interact(() -> s.model().structures().get(1).labelProperty().set("Tiers, renamed"));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> labels = s.model().figuresProperty().get().labels();
        assertThat(labels.get(1)).isEqualTo("Tiers, renamed");
        assertThat(((CategoryAxis) npv.getXAxis()).getCategories()).containsExactlyElementsOf(labels);
        XYChart.Series<?, ?> bars = npv.getData().get(0);
        assertThat(bars.getData()).extracting(d -> (Object) d.getXValue()).containsExactlyElementsOf(labels);
        for (int i = 0; i < labels.size(); i++) {
            assertThat(((Number) bars.getData().get(i).getYValue()).doubleValue())
                    .isEqualTo(s.model().figuresProperty().get().result().structures().get(i).npv().doubleValue());
            assertThat(bars.getData().get(i).getNode().isVisible()).isTrue();
        }
    }

    @Test
    void anAxisTitleOfTheSameWordsIsNotSetAgain(FxRobot robot) throws Exception {
        studio(robot); // the window's portfolio opened, so the test closes it as the others do
        int[] changes = new int[1];
        NumberAxis axis = new NumberAxis(); // the toolkit runs (ApplicationExtension); the axis is in no scene
        axis.labelProperty().addListener(o -> {
            changes[0]++;
            axis.getLabel(); // validates, so the next change is heard again
        });
        AxisRange.label(axis, "Income (" + "USD" + ")");
        AxisRange.label(axis, new StringBuilder("Income (USD)").toString()); // the same words, another string
        assertThat(changes[0]).isEqualTo(1);
        AxisRange.label(axis, "Income (EUR)");
        assertThat(changes[0]).isEqualTo(2);
        assertThat(axis.getLabel()).isEqualTo("Income (EUR)");
    }
}
