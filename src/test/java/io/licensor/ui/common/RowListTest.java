package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.junit.jupiter.api.Test;

class RowListTest {

    @Test
    void aReplacementIsOneChangeWhoseRemovedRowsAreThePreviousListItself() {
        List<String> first = List.of("a", "b", "c");
        RowList<String> rows = new RowList<>(first);
        List<String> seen = new ArrayList<>();
        List<List<? extends String>> removed = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                seen.add(c.getFrom() + "-" + c.getTo() + " added " + c.wasAdded() + " removed " + c.wasRemoved()
                        + " replaced " + c.wasReplaced() + " permutated " + c.wasPermutated());
                removed.add(c.getRemoved());
                assertThat(List.<String>copyOf(c.getAddedSubList())).containsExactly("x", "y");
            }
        });

        rows.replace(List.of("x", "y"));

        assertThat(rows).containsExactly("x", "y");
        assertThat(seen).containsExactly("0-2 added true removed true replaced true permutated false");
        assertThat(removed.get(0)).isSameAs(first);
    }

    @Test
    void theSnapshotIsTheShownListWithoutACopy() {
        List<Integer> rows = List.of(1, 2, 3);
        RowList<Integer> list = new RowList<>(rows);

        assertThat(list.snapshot()).isSameAs(rows);
        assertThat(RowList.snapshotOf(list)).isSameAs(rows);
        ObservableList<Integer> other = FXCollections.observableArrayList(4, 5);
        assertThat(RowList.snapshotOf(other)).containsExactly(4, 5).isNotSameAs(other);
    }

    @Test
    void replacingNothingWithNothingTellsNobody() {
        RowList<String> rows = new RowList<>();
        List<Object> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) changes::add);

        rows.replace(List.of());

        assertThat(changes).isEmpty();
    }

    @Test
    void aTransformationListOnTopFollowsEachReplacement() {
        RowList<String> rows = new RowList<>(List.of("apple", "avocado", "banana"));
        FilteredList<String> onlyA = new FilteredList<>(rows, s -> s.startsWith("a"));
        assertThat(onlyA).containsExactly("apple", "avocado");

        rows.replace(List.of("cherry", "apricot"));

        assertThat(onlyA).containsExactly("apricot");
        rows.replace(List.of());
        assertThat(onlyA).isEmpty();
    }

    @Test
    void nobodyButItsOwnerChangesIt() {
        RowList<String> rows = new RowList<>(List.of("a"));

        assertThatThrownBy(() -> rows.add("b")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
