package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A table sorted and filtered in the background: the work is held on a test executor until the test lets it run, so
 * the test sees the window while a sort is under way, and then the rows it swapped in.
 */
@ExtendWith(ApplicationExtension.class)
class BackgroundSortFxTest {
    /** One row: an id and an amount to sort by. */
    record Item(String id, int amount) {}

    /** Runs nothing until {@link #runAll()}: the background work of the test, held. */
    static final class HeldWork implements Executor {
        private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

        @Override
        public void execute(Runnable command) {
            held.add(command);
        }

        int waiting() {
            return held.size();
        }

        void runAll() {
            for (Runnable r = held.poll(); r != null; r = held.poll()) {
                r.run();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private final HeldWork work = new HeldWork();
    private final ObservableList<Item> source = FXCollections.observableArrayList();
    private final ObjectProperty<Predicate<Item>> filter = new SimpleObjectProperty<>();
    private TableView<Item> table;
    private TableColumn<Item, String> id;
    private TableColumn<Item, Integer> amount;
    private BackgroundSort<Item> sort;
    private BackgroundFilter<Item> filtered;

    @Start
    void start(Stage stage) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            items.add(new Item(String.format("I%03d", i), (i * 7919) % 1000));
        }
        source.setAll(items);
        table = new TableView<>();
        id = new TableColumn<>("ID");
        id.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().id()));
        amount = new TableColumn<>("Amount");
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amount()));
        amount.setComparator(Comparator.naturalOrder());
        table.getColumns().setAll(List.of(id, amount));
        filtered = new BackgroundFilter<>(source, filter, work, 0);
        work.runAll();
        sort = BackgroundSort.install(table, filtered.rows(), work, 0);
        work.runAll();
        stage.setScene(new Scene(table, 400, 300));
        stage.show();
    }

    private List<String> shownIds() {
        return table.getItems().stream().map(Item::id).toList();
    }

    @Test
    void sortingByAColumnKeepsTheSelectedRowSelectedAndOrdersTheRows(FxRobot robot) {
        robot.interact(() -> table.getSelectionModel().select(42));
        Item selected = table.getSelectionModel().getSelectedItem();

        robot.interact(() -> table.getSortOrder().setAll(List.of(amount)));
        work.runAll();

        assertThat(table.getItems()).extracting(Item::amount).isSorted();
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
        assertThat(sort.busyProperty().get()).isFalse();

        robot.interact(() -> amount.setSortType(TableColumn.SortType.DESCENDING));
        work.runAll();
        assertThat(table.getItems()).extracting(Item::amount).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
    }

    @Test
    void equalValuesKeepTheSourceOrderAndASecondColumnBreaksTies(FxRobot robot) {
        robot.interact(() -> source.setAll(List.of(new Item("b", 1), new Item("a", 2), new Item("c", 1))));
        work.runAll();
        work.runAll();
        robot.interact(() -> table.getSortOrder().setAll(List.of(amount)));
        work.runAll();
        assertThat(shownIds()).containsExactly("b", "c", "a");

        robot.interact(() -> {
            id.setSortType(TableColumn.SortType.DESCENDING);
            table.getSortOrder().setAll(List.of(amount, id));
        });
        work.runAll();
        assertThat(shownIds()).containsExactly("c", "b", "a");
    }

    @Test
    void whileTheSortRunsTheWindowAnswersAndShowsTheRowsItHad(FxRobot robot) throws Exception {
        List<String> before = shownIds();
        robot.interact(() -> table.getSortOrder().setAll(List.of(amount)));

        // the FX thread is free while the sort waits for its worker: this call returns at once
        Boolean busy = WaitForAsyncUtils.asyncFx(() -> sort.busyProperty().get()).get(5, TimeUnit.SECONDS);
        assertThat(busy).isTrue();
        assertThat(work.waiting()).isEqualTo(1);
        assertThat(shownIds()).isEqualTo(before);
        robot.interact(() -> table.scrollTo(400));

        work.runAll();
        assertThat(sort.busyProperty().get()).isFalse();
        assertThat(table.getItems()).extracting(Item::amount).isSorted();
    }

    @Test
    void aNewerSortVoidsAnOlderOneStillRunning(FxRobot robot) {
        robot.interact(() -> table.getSortOrder().setAll(List.of(amount)));
        robot.interact(() -> table.getSortOrder().setAll(List.of(id)));
        assertThat(work.waiting()).isEqualTo(2);

        work.runAll();

        assertThat(shownIds()).isSorted();
        assertThat(sort.busyProperty().get()).isFalse();
    }

    @Test
    void theFilterRunsInTheBackgroundAndTheSortFollowsIt(FxRobot robot) {
        robot.interact(() -> table.getSortOrder().setAll(List.of(amount)));
        work.runAll();

        robot.interact(() -> filter.set(item -> item.amount() < 100));
        assertThat(filtered.busyProperty().get()).isTrue();
        assertThat(table.getItems()).hasSize(500);

        work.runAll(); // the filter, which asks for a sort
        work.runAll(); // the sort

        long under100 = source.stream().filter(item -> item.amount() < 100).count();
        assertThat(under100).isBetween(1L, 499L);
        assertThat(table.getItems()).hasSize((int) under100).allMatch(item -> item.amount() < 100);
        assertThat(table.getItems()).extracting(Item::amount).isSorted();
        assertThat(filtered.busyProperty().get()).isFalse();
    }
}
