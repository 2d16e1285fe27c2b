package io.licensor.ui.imports;

import io.licensor.model.Money;
import io.licensor.service.ImportOutcome;
import io.licensor.service.StatementTotals;
import io.licensor.ui.common.Columns;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Page 4 (ImportPage.fxml): progress while writing, then what was imported and what each license has now. */
public final class ImportPageController {
    @FXML private VBox root;
    @FXML private Label doneIcon;
    @FXML private Label heading;
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
        heading.textProperty().bind(Bindings.createStringBinding(() -> wizard.outcomeProperty().get() == null
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
        for (var column : java.util.List.of(gross, net, allGross)) {
            column.setPrefWidth(150);
        }
        allGross.setPrefWidth(170);
        licenseTable.getColumns().setAll(license, licensee, count, gross, net, all, allGross);
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

    private static Money money(StatementTotals t, java.math.BigDecimal amount) {
        return Money.of(amount, t.currency());
    }
}
