package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A combo box of thousands of choices measures a few cells for its width, not one per choice. */
@ExtendWith(ApplicationExtension.class)
class LongChoiceListsFxTest {
    private static final int CHOICES = 5_000;
    private final AtomicInteger plainTexts = new AtomicInteger();
    private final AtomicInteger measuredTexts = new AtomicInteger();
    private ComboBox<String> plain;
    private ComboBox<String> measured;

    @Start
    void start(Stage stage) {
        plain = counting(plainTexts);
        measured = LongChoiceLists.measureFirstRows(counting(measuredTexts));
        stage.setScene(new Scene(new VBox(plain, measured), 400, 200));
        stage.show();
    }

    private static ComboBox<String> counting(AtomicInteger texts) {
        ComboBox<String> box = new ComboBox<>();
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty) {
                    texts.incrementAndGet();
                }
                setText(empty ? null : item);
            }
        });
        return box;
    }

    @Test
    void onlyTheFirstRowsAreMeasuredWhenThousandsOfChoicesArrive(FxRobot robot) {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < CHOICES; i++) {
            choices.add("License L" + i + " of a long list");
        }
        robot.interact(() -> {
            plainTexts.set(0);
            measuredTexts.set(0);
            plain.setItems(FXCollections.observableList(new ArrayList<>(choices)));
            measured.setItems(FXCollections.observableList(new ArrayList<>(choices)));
            plain.getParent().applyCss();
            plain.getParent().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // JavaFX's default measures every choice; the long list is measured by its first rows
        assertThat(plainTexts.get()).isGreaterThanOrEqualTo(CHOICES);
        assertThat(measuredTexts.get()).isPositive().isLessThanOrEqualTo(LongChoiceLists.ROWS_MEASURED * 4);
        assertThat(measured.getWidth()).isPositive();
    }
}
