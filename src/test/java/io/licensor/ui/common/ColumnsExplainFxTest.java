package io.licensor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A column explained with {@link Columns#explain}: its header carries the meaning as a tooltip, its text stays. */
@ExtendWith(ApplicationExtension.class)
class ColumnsExplainFxTest {
    private TableColumn<Money, Money> column;

    @Start
    void start(Stage stage) {
        column = Columns.explain(Columns.money("Net", m -> m), "What reached your account: received minus withheld.");
        TableView<Money> table = new TableView<>(FXCollections.observableArrayList(
                List.of(new Money(new BigDecimal("12.50"), Currency.getInstance("USD")))));
        table.getColumns().add(column);
        stage.setScene(new Scene(table, 300, 200));
        stage.show();
    }

    @Test
    void theHeaderShowsTheTitleAndExplainsTheFigureOnHover(FxRobot robot) {
        Label header = robot.lookup(".column-header.explained .label").match(n -> n.getParent() instanceof Label)
                .queryAs(Label.class);

        assertThat(header.getText()).isEqualTo("Net");
        assertThat(header.getTooltip().getText()).isEqualTo("What reached your account: received minus withheld.");
        assertThat(column.getText()).isEqualTo("Net");
    }
}
