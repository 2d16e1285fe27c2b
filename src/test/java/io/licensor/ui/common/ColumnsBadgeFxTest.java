package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.ui.common.Columns.Badge;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A {@link Columns#badge} column in a big table: each cell keeps its one label while scrolling, and the label's words,
 * icon, style classes and tooltip always follow the row shown; {@link TableRows#fixHeight} fixes the tallest row's
 * height.
 */
@ExtendWith(ApplicationExtension.class)
class ColumnsBadgeFxTest {
    private static final int ROWS = 3000;

    private TableView<Integer> table;

    /** Every third row draws nothing; the others alternate two looks; row 1 has two lines of words. */
    static Badge badgeOf(Integer i) {
        return switch (i % 3) {
            case 0 -> null;
            case 1 -> new Badge(i == 1 ? "first\nsecond line" : "odd " + i, Feather.CHECK, "tone-a");
            default -> new Badge("two " + i, Feather.CLOCK, "tone-b", "extra");
        };
    }

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(IntStream.range(0, ROWS).boxed().toList()));
        TableColumn<Integer, Integer> badge = Columns.badge("Look", Function.identity(),
                ColumnsBadgeFxTest::badgeOf, i -> "Why row " + i + " looks so", Integer::compare);
        table.getColumns().addAll(List.of(Columns.string("Number", String::valueOf), badge));
        TableRows.fixHeight(table);
        stage.setScene(new Scene(table, 400, 500));
        stage.show();
    }

    @Test
    void aBadgeFollowsTheRowShownAfterScrollingAwayAndBack(FxRobot robot) {
        for (int target : new int[] {1700, 42, ROWS - 1, 0, 1234}) {
            robot.interact(() -> table.scrollTo(target));
            WaitForAsyncUtils.waitForFxEvents();

            List<TableCell<Integer, Integer>> cells = badgeCells(robot);
            assertThat(cells).hasSizeGreaterThan(10);
            for (TableCell<Integer, Integer> cell : cells) {
                Badge expected = badgeOf(cell.getItem());
                if (expected == null) {
                    assertThat(cell.getGraphic()).as("row %d draws nothing", cell.getItem()).isNull();
                    assertThat(cell.getTooltip()).isNull();
                    continue;
                }
                Label label = (Label) cell.getGraphic();
                assertThat(label.getText()).isEqualTo(expected.words());
                assertThat(((FontIcon) label.getGraphic()).getIconCode()).isEqualTo(expected.icon());
                assertThat(label.getStyleClass()).as("no tone left over from an earlier row")
                        .containsExactlyInAnyOrderElementsOf(withLabel(expected.styleClasses()));
                assertThat(cell.getTooltip()).isNotNull();
            }
        }
    }

    @Test
    void eachCellKeepsItsOneLabelWhileScrolling(FxRobot robot) {
        robot.interact(() -> table.scrollTo(2));
        WaitForAsyncUtils.waitForFxEvents();
        Map<TableCell<Integer, Integer>, Label> labels = new IdentityHashMap<>();
        for (int target = 3; target < 400; target += 7) {
            int to = target;
            robot.interact(() -> table.scrollTo(to));
            for (TableCell<Integer, Integer> cell : badgeCells(robot)) {
                if (cell.getGraphic() instanceof Label label) {
                    Label first = labels.putIfAbsent(cell, label);
                    assertThat(first == null || first == label).as("the cell drew a new label").isTrue();
                }
            }
        }
        assertThat(labels).hasSizeGreaterThan(10);
    }

    @Test
    void theTooltipExplainsTheRowShownWhenItIsAboutToShow(FxRobot robot) {
        robot.interact(() -> table.scrollTo(900));
        robot.interact(() -> table.scrollTo(2500));
        WaitForAsyncUtils.waitForFxEvents();
        TableCell<Integer, Integer> cell = badgeCells(robot).stream().filter(c -> c.getGraphic() != null)
                .findFirst().orElseThrow();

        robot.interact(() -> cell.getTooltip().getOnShowing()
                .handle(new WindowEvent(cell.getTooltip(), WindowEvent.WINDOW_SHOWING)));

        assertThat(cell.getTooltip().getText()).isEqualTo("Why row " + cell.getItem() + " looks so");
    }

    @Test
    void theRowHeightIsFixedAtTheTallestRowInView(FxRobot robot) {
        io.licensor.ui.testing.Fx.waitUntil(() -> table.getFixedCellSize() > 0);
        robot.interact(() -> { });
        double fixed = table.getFixedCellSize();
        // row 1 has two lines of words: a one-line row is shorter, and the fixed height must not cut row 1 short
        Label twoLines = new Label("first\nsecond line");
        Label oneLine = new Label("odd 4");
        double[] heights = new double[2];
        robot.interact(() -> {
            new Scene(new javafx.scene.layout.VBox(twoLines, oneLine)).getRoot().applyCss();
            heights[0] = twoLines.prefHeight(-1);
            heights[1] = oneLine.prefHeight(-1);
        });
        assertThat(heights[0]).isGreaterThan(heights[1]);
        assertThat(fixed).isGreaterThanOrEqualTo(heights[0]);
        WaitForAsyncUtils.waitForFxEvents();
        for (Node node : robot.lookup(".table-row-cell").queryAll()) {
            if (node.isVisible() && !((TableRow<?>) node).isEmpty()) {
                assertThat(((TableRow<?>) node).getHeight()).isEqualTo(fixed);
            }
        }
    }

    private static List<String> withLabel(List<String> classes) {
        List<String> all = new ArrayList<>(classes);
        all.add("label");
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<TableCell<Integer, Integer>> badgeCells(FxRobot robot) {
        List<TableCell<Integer, Integer>> cells = new ArrayList<>();
        for (Node node : robot.lookup(".table-cell").queryAll()) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == table.getColumns().get(1)
                    && !cell.isEmpty() && cell.getTableRow() != null && cell.getTableRow().isVisible()) {
                cells.add((TableCell<Integer, Integer>) cell);
            }
        }
        return cells;
    }
}
