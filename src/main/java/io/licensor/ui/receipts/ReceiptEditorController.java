package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.ReceiptKind;
import io.licensor.service.ReconciledReceipt;
import io.licensor.ui.assets.DateFields;
import io.licensor.ui.assets.FieldFeedback;
import io.licensor.ui.assets.FormIssue;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the receipt editor (ReceiptEditor.fxml) to {@link ReceiptEditing}; holds no logic of its own. */
public final class ReceiptEditorController {
    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label stateLabel;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroller;
    @FXML private HBox footer;
    @FXML private ComboBox<String> licenseBox;
    @FXML private ComboBox<ReceiptKind> kindBox;
    @FXML private Label reportedLabel;
    @FXML private TextField reportedField;
    @FXML private Label reportedUnit;
    @FXML private Label leftMessage;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private DatePicker receivedPicker;
    @FXML private Label datesMessage;
    @FXML private TextField grossField;
    @FXML private Label grossUnit;
    @FXML private TextField withholdingField;
    @FXML private Label withholdingUnit;
    @FXML private Label netLabel;
    @FXML private Label amountsMessage;
    @FXML private Label checkLabel;
    @FXML private Label summaryLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final FieldFeedback feedback = new FieldFeedback();
    private ReceiptEditing editing;

    /** Connects the fields to the model; called once after loading the FXML. */
    void bind(ReceiptEditing model, ReceiptsModel receipts) {
        this.editing = model;
        ReceiptForm form = model.form();
        licenseChoices(receipts);
        licenseBox.valueProperty().bindBidirectional(form.licenseIdProperty());
        kindBox.getItems().setAll(ReceiptKind.values());
        kindBox.setConverter(ReceiptTexts.converter(k -> k == null ? "" : ReceiptTexts.kind(k)));
        kindBox.valueProperty().bindBidirectional(form.kindProperty());
        reportedField.textProperty().bindBidirectional(form.reportedProperty());
        reportedField.disableProperty().bind(form.kindProperty().isNotEqualTo(ReceiptKind.ROYALTY)
                .and(form.reportedProperty().isEmpty()));
        reportedLabel.textProperty().bind(form.reportedLabelProperty());
        reportedUnit.textProperty().bind(Bindings.when(form.reportedLabelProperty().isEqualTo("Reported units"))
                .then("units").otherwise(form.currencyProperty()));
        grossField.textProperty().bindBidirectional(form.grossProperty());
        withholdingField.textProperty().bindBidirectional(form.withholdingProperty());
        grossUnit.textProperty().bind(form.currencyProperty());
        withholdingUnit.textProperty().bind(form.currencyProperty());
        netLabel.textProperty().bind(form.netProperty());
        DateFields.bind(startPicker, form.periodStart());
        DateFields.bind(endPicker, form.periodEnd());
        DateFields.bind(receivedPicker, form.receivedOn());
        registerFeedback();
        bindState(model, form);
        model.reconciledProperty().addListener((obs, old, r) -> showCheck(r));
        showCheck(model.reconciledProperty().get());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    private void licenseChoices(ReceiptsModel receipts) {
        Runnable refill = () -> {
            String chosen = licenseBox.getValue();
            // a new list, not setAll: replacing 50,000 choices in place marked each list cell dirty one by one
            licenseBox.setItems(FXCollections.observableList(new java.util.ArrayList<>(receipts.licenses().stream()
                    .map(License::id).toList())));
            licenseBox.setValue(chosen);
        };
        receipts.licenses().addListener((ListChangeListener<License>) c -> refill.run());
        refill.run();
        io.licensor.ui.common.LongChoiceLists.measureFirstRows(licenseBox);
        licenseBox.setConverter(ReceiptTexts.converter(id -> id == null ? "" : describe(receipts, id)));
        licenseBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : describe(receipts, id));
            }
        });
    }

    private static String describe(ReceiptsModel receipts, String id) {
        return receipts.license(id).map(l -> l.id() + " \u00b7 " + l.licensee() + " (" + l.terms().currency()
                .getCurrencyCode() + ")").orElse(id + " (not in the portfolio)");
    }

    private void registerFeedback() {
        feedback.control("license", licenseBox);
        feedback.control("kind", kindBox);
        feedback.control("reported", reportedField);
        feedback.control("periodStart", startPicker);
        feedback.control("periodEnd", endPicker);
        feedback.control("receivedOn", receivedPicker);
        feedback.control("gross", grossField);
        feedback.control("withholding", withholdingField);
        feedback.messages(leftMessage, Set.of("license", "kind", "reported", "id")::contains);
        feedback.messages(datesMessage, Set.of("periodStart", "periodEnd", "receivedOn")::contains);
        feedback.messages(amountsMessage, Set.of("gross", "withholding")::contains);
    }

    private void bindState(ReceiptEditing model, ReceiptForm form) {
        scroller.visibleProperty().bind(model.editingProperty());
        footer.visibleProperty().bind(model.editingProperty());
        emptyLabel.visibleProperty().bind(model.editingProperty().not());
        heading.textProperty().bind(Bindings.when(model.editingProperty())
                .then(Bindings.concat(Bindings.when(form.newProperty()).then("New receipt ").otherwise("Receipt "),
                        form.idProperty()))
                .otherwise("Receipt details"));
        stateLabel.textProperty().bind(Bindings.when(model.editingProperty().and(form.dirtyProperty()))
                .then("unsaved changes").otherwise(""));
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
        form.issues().addListener((ListChangeListener<FormIssue>) c -> showIssues(form));
        form.dirtyProperty().addListener(o -> showIssues(form));
        root.sceneProperty().addListener((obs, old, scene) -> feedback.refresh());
        showIssues(form);
    }

    private void showIssues(ReceiptForm form) {
        feedback.show(form.issues());
        long errors = form.issues().stream().filter(FormIssue::isError).count();
        summaryLabel.getStyleClass().removeAll("danger", "warning", "muted");
        if (errors > 0) {
            summaryLabel.setText((errors == 1 ? "1 problem" : errors + " problems") + " to fix before you can save: "
                    + form.issues().stream().filter(FormIssue::isError).findFirst().orElseThrow().message());
            summaryLabel.getStyleClass().add("danger");
        } else if (form.isDirty()) {
            summaryLabel.setText("Unsaved changes. Save with Ctrl+S, or undo them with Cancel (Escape).");
            summaryLabel.getStyleClass().add("warning");
        } else {
            summaryLabel.setText("All changes saved.");
            summaryLabel.getStyleClass().add("muted");
        }
    }

    /** The reconciliation's word on the shown receipt, with how it was reached. */
    private void showCheck(ReconciledReceipt r) {
        checkLabel.getStyleClass().removeAll("check-danger", "check-success", "check-muted", "check-warning");
        License license = editing.license().orElse(null);
        if (r == null || license == null) {
            checkLabel.setText("");
            checkLabel.setGraphic(null);
            checkLabel.setVisible(false);
            checkLabel.setManaged(false);
            return;
        }
        ReceiptRow row = new ReceiptRow(r, license);
        checkLabel.setText(ReceiptTexts.explain(r, license.terms().basis(), license.terms().currency()));
        checkLabel.setGraphic(new FontIcon(switch (r.check()) {
            case SHORT -> Feather.ALERT_TRIANGLE;
            case PAID -> Feather.CHECK_CIRCLE;
            default -> Feather.INFO;
        }));
        checkLabel.getStyleClass().add(ReceiptColumns.tone(row));
        checkLabel.setVisible(true);
        checkLabel.setManaged(true);
    }

    @FXML
    private void save() {
        editing.save();
    }

    @FXML
    private void cancel() {
        editing.cancel();
    }

    /** Puts the cursor in the first field worth typing in, e.g. right after Add. */
    void focusFirstField() {
        if (reportedField.isDisabled()) {
            grossField.requestFocus();
        } else {
            reportedField.requestFocus();
        }
    }
}
