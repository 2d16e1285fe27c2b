package io.licensor.ui.imports;

import io.licensor.model.Money;
import io.licensor.service.ImportOutcome;
import io.licensor.service.StatementTotals;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Page 4 (ImportPage.fxml): progress while writing, then what was imported and what each license has now. */
public final class ImportPageController {
    @FXML private VBox root;
    @FXML private Label doneIcon;
    @FXML private Label importHeading;
    @FXML private ProgressBar bar;
    @FXML private Label progressLabel;
    @FXML private TableView<Row> licenseTable;
    @FXML private Label rememberedNote;

    /** One license's line of the summary: what it got now, and what it has in all. */
    record Row(StatementTotals imported, StatementTotals after) {
    }

    void bind(ImportWizardModel wizard) {
        bar.progressProperty().bind(wizard.progressProperty());
        bar.visibleProperty().bind(wizard.busyProperty());
        progressLabel.textProperty().bind(wizard.busyMessageProperty());
        progressLabel.visibleProperty().bind(wizard.busyProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        progressLabel.managedProperty().bind(progressLabel.visibleProperty());
        importHeading.textProperty().bind(Bindings.createStringBinding(() -> wizard.outcomeProperty().get() == null
                ? "Importing... (Stop takes every receipt back out)" : CheckTexts.imported(wizard.outcomeProperty()
                .get()), wizard.outcomeProperty()));
        buildTable();
        licenseTable.visibleProperty().bind(wizard.outcomeProperty().isNotNull());
        wizard.outcomeProperty().addListener((obs, old, outcome) -> show(outcome));
    }

    private void buildTable() {
        var license = Columns.string("License", (Row r) -> r.imported().licenseId());
        var licensee = Columns.string("Licensee", (Row r) -> r.imported().licensee());
        licensee.setPrefWidth(200);
        var count = Columns.text("Receipts imported", (Row r) -> r.imported().receipts(), n -> String.format("%,d",
                n), Comparator.naturalOrder());
        var gross = Columns.money("Gross imported", (Row r) -> money(r.imported(), r.imported().gross()));
        var net = Columns.money("Net imported", (Row r) -> money(r.imported(), r.imported().net()));
        var all = Columns.text("Receipts now", (Row r) -> r.after() == null ? null : r.after().receipts(),
                n -> String.format("%,d", n), Comparator.naturalOrder());
        var allGross = Columns.money("Gross received in all", (Row r) -> r.after() == null ? null
                : money(r.after(), r.after().gross()));
        for (var column : List.of(gross, net, allGross)) {
            column.setPrefWidth(160);
        }
        allGross.setPrefWidth(180);
        count.setPrefWidth(150);
        explain(count, "How many receipts this statement added to the license");
        explain(gross, "The sum of the gross amounts of the receipts this statement added");
        explain(net, "Gross minus the tax withheld, of the receipts this statement added");
        explain(all, "How many receipts the license has now, this statement's included");
        explain(allGross, "The sum of the gross amounts of all the license's receipts now, this statement's"
                + " included");
        all.setPrefWidth(120);
        count.getStyleClass().add(StyleClasses.MONEY);
        all.getStyleClass().add(StyleClasses.MONEY);
        licenseTable.getColumns().setAll(license, licensee, count, gross, net, all, allGross);
    }

    /** Puts the column's title in a label that says how the figure is computed. */
    private static void explain(TableColumn<Row, ?> column, String how) {
        Label title = new Label(column.getText());
        title.setTooltip(new Tooltip(how));
        column.setText(null);
        column.setGraphic(title);
    }

    private void show(ImportOutcome outcome) {
        if (outcome == null) {
            doneIcon.setGraphic(null);
            rememberedNote.setText("");
            licenseTable.getItems().clear();
            return;
        }
        doneIcon.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        root.getStyleClass().add("ready");
        Map<String, StatementTotals> after = new HashMap<>();
        outcome.totalsAfter().forEach(t -> after.put(t.licenseId(), t));
        licenseTable.setItems(FXCollections.observableArrayList(outcome.perLicense().stream()
                .map(t -> new Row(t, after.get(t.licenseId()))).toList()));
        rememberedNote.setText(outcome.mappingSavedFor() == null ? ""
                : "The column mapping was remembered for " + outcome.mappingSavedFor()
                        + ": it will be offered for their next statement.");
    }

    private static Money money(StatementTotals t, BigDecimal amount) {
        return Money.of(amount, t.currency());
    }
}
