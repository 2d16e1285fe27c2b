package io.licensor.ui.imports;

import io.licensor.exchange.statement.SkippedRow;
import io.licensor.exchange.statement.StatementProblem;
import io.licensor.model.Money;
import io.licensor.service.DuplicateReceipt;
import io.licensor.service.ImportCheck;
import io.licensor.service.StatementTotals;
import io.licensor.service.PlannedReceipt;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.StyleClasses;
import io.licensor.ui.imports.CheckTexts.Verdict;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Page 3 (CheckPage.fxml): the verdict on every row, what each license gets, and the lists behind it. */
public final class CheckPageController {
    private static final int SHOWN = 1000;
    private static final int LICENSES_SHOWN = 4;
    private static final String[] VERDICT_STYLES = {"ready", "duplicates", "problems", "nothing"};

    @FXML private VBox root;
    @FXML private Label verdictIcon;
    @FXML private Label headline;
    @FXML private Label details;
    @FXML private Label totals;
    @FXML private Button recheckButton;
    @FXML private TabPane tabs;
    @FXML private Tab problemsTab;
    @FXML private Tab duplicatesTab;
    @FXML private Tab receiptsTab;
    @FXML private Tab skippedTab;
    @FXML private TableView<StatementProblem> problemTable;
    @FXML private Label problemHint;
    @FXML private TableView<DuplicateReceipt> duplicateTable;
    @FXML private CheckBox allowDuplicatesBox;
    @FXML private TableView<PlannedReceipt> receiptTable;
    @FXML private Label receiptNote;
    @FXML private TableView<SkippedRow> skippedTable;

    private ImportWizardModel model;

    void bind(ImportWizardModel wizard) {
        this.model = wizard;
        buildTables();
        allowDuplicatesBox.selectedProperty().bindBidirectional(wizard.allowDuplicatesProperty());
        recheckButton.disableProperty().bind(wizard.busyProperty());
        wizard.checkProperty().addListener((obs, old, check) -> show(check));
    }

    @SuppressWarnings("unchecked")
    private void buildTables() {
        TableColumn<StatementProblem, Long> line = Columns.text("Line", StatementProblem::line, String::valueOf,
                Comparator.naturalOrder());
        line.setPrefWidth(70);
        TableColumn<StatementProblem, String> column = Columns.string("Column", StatementProblem::column);
        column.setPrefWidth(180);
        TableColumn<StatementProblem, String> problem = Columns.string("Problem", StatementProblem::message);
        problem.setPrefWidth(760);
        problemTable.getColumns().setAll(line, column, problem);
        problemTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        problemTable.setPlaceholder(new Label("No problems: every row can be imported."));

        duplicateTable.getColumns().setAll(Columns.string("Lines", DuplicateReceipt::lines),
                Columns.string("License", DuplicateReceipt::licenseId),
                Columns.date("Period start", DuplicateReceipt::periodStart),
                Columns.date("Period end", DuplicateReceipt::periodEnd),
                Columns.string("Repeats", d -> d.existingReceiptId() != null
                        ? "receipt " + d.existingReceiptId() + " of the portfolio"
                        : "line " + d.otherLine() + " of this file"));
        duplicateTable.setPlaceholder(new Label("No likely duplicates."));

        receiptTable.getColumns().setAll(width(Columns.string("Lines", PlannedReceipt::lines), 100),
                width(Columns.string("License", PlannedReceipt::licenseId), 80),
                width(Columns.date("Period start", PlannedReceipt::periodStart), 105),
                width(Columns.date("Period end", PlannedReceipt::periodEnd), 105),
                width(number("Reported sales", PlannedReceipt::reportedSales), 130),
                width(number("Units", PlannedReceipt::reportedUnits), 90),
                width(Columns.money("Gross", r -> Money.of(r.gross(), r.currency())), 150),
                width(Columns.money("Withholding", r -> Money.of(r.withholding(), r.currency())), 140),
                width(Columns.date("Received on", PlannedReceipt::receivedOn), 105));
        receiptTable.setPlaceholder(new Label("No receipts."));

        skippedTable.getColumns().setAll(
                Columns.text("Line", SkippedRow::line, String::valueOf, Comparator.naturalOrder()),
                Columns.string("Why it is left out", SkippedRow::reason));
        skippedTable.getColumns().get(1).setPrefWidth(700);
        skippedTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        skippedTable.setPlaceholder(new Label("Every row was read."));
    }

    private static <S, T> TableColumn<S, T> width(TableColumn<S, T> column, double width) {
        column.setPrefWidth(width);
        return column;
    }

    /** Sales or units, right-aligned with the locale's grouping ("14,240.53"). */
    private static TableColumn<PlannedReceipt, BigDecimal> number(String title,
            Function<PlannedReceipt, BigDecimal> value) {
        TableColumn<PlannedReceipt, BigDecimal> column = Columns.text(title, value, CheckPageController::grouped,
                Comparator.naturalOrder());
        column.getStyleClass().add(StyleClasses.MONEY);
        return column;
    }

    private static String grouped(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setMinimumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
        return format.format(value);
    }

    private void show(ImportCheck check) {
        if (check == null) {
            return;
        }
        Verdict verdict = CheckTexts.verdict(check);
        verdictIcon.setGraphic(new FontIcon(switch (verdict) {
            case READY -> Feather.CHECK_CIRCLE;
            case DUPLICATES -> Feather.ALERT_TRIANGLE;
            default -> Feather.X_CIRCLE;
        }));
        root.getStyleClass().removeAll(VERDICT_STYLES);
        root.getStyleClass().add(VERDICT_STYLES[verdict.ordinal()]);
        headline.setText(CheckTexts.headline(check));
        details.setText(CheckTexts.details(check));
        totals.setText((check.isClean() ? "" : "Without the rows that have problems:\n")
                + totals(check.perLicense()));
        problemHint.setVisible(!check.isClean());
        problemTable.setItems(FXCollections.observableArrayList(check.problems()));
        duplicateTable.setItems(FXCollections.observableArrayList(check.duplicates()));
        receiptTable.setItems(FXCollections.observableArrayList(check.receipts(0, SHOWN)));
        skippedTable.setItems(FXCollections.observableArrayList(check.skipped()));
        problemsTab.setText("Problems (" + String.format("%,d", check.problemCount()) + ")");
        duplicatesTab.setText("Likely duplicates (" + String.format("%,d", check.duplicateCount()) + ")");
        receiptsTab.setText("Receipts (" + String.format("%,d", check.receiptCount()) + ")");
        skippedTab.setText("Left out (" + String.format("%,d", check.skippedCount()) + ")");
        receiptNote.setText(check.receiptCount() > SHOWN ? String.format("The first %,d of %,d receipts.",
                SHOWN, check.receiptCount()) : "");
        allowDuplicatesBox.setVisible(check.duplicateCount() > 0);
        tabs.getSelectionModel().select(switch (verdict) {
            case PROBLEMS -> problemsTab;
            case DUPLICATES -> duplicatesTab;
            default -> receiptsTab;
        });
    }

    @FXML
    private void recheck() {
        model.recheck();
    }

    private static String totals(List<StatementTotals> perLicense) {
        String shown = perLicense.stream().limit(LICENSES_SHOWN).map(CheckTexts::totals)
                .collect(Collectors.joining("\n"));
        return perLicense.size() > LICENSES_SHOWN ? shown + "\n... and " + (perLicense.size() - LICENSES_SHOWN)
                + " more licenses" : shown;
    }
}
