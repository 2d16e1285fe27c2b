package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementKind;
import io.licensor.ui.assets.DateFields;
import io.licensor.ui.assets.FieldFeedback;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.receipts.ReceiptTexts;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.SearchableComboBox;

/** Binds the enforcement editor (EnforcementEditor.fxml) to {@link EnforcementEditing}; no logic of its own. */
public final class EnforcementEditorController {
    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label stateLabel;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroller;
    @FXML private HBox footer;
    @FXML private RadioButton assetRadio;
    @FXML private RadioButton licenseRadio;
    @FXML private Label targetLabel;
    @FXML private ComboBox<String> targetBox;
    @FXML private TextField noteField;
    @FXML private Label leftMessage;
    @FXML private ComboBox<EnforcementKind> kindBox;
    @FXML private DatePicker datePicker;
    @FXML private SearchableComboBox<String> currencyBox;
    @FXML private Label middleMessage;
    @FXML private TextField costField;
    @FXML private Label costUnit;
    @FXML private TextField recoveredField;
    @FXML private Label recoveredUnit;
    @FXML private Label amountsMessage;
    @FXML private Label summaryLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final FieldFeedback feedback = new FieldFeedback();
    private EnforcementEditing editing;
    private EnforcementModel model;
    private boolean switching;

    void bind(EnforcementEditing editor, EnforcementModel enforcement) {
        this.editing = editor;
        this.model = enforcement;
        EntryForm form = editor.form();
        ToggleGroup about = new ToggleGroup();
        assetRadio.setToggleGroup(about);
        licenseRadio.setToggleGroup(about);
        about.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (!switching && toggle != null) {
                form.aboutProperty().set(toggle == assetRadio ? Target.Kind.ASSET : Target.Kind.LICENSE);
            }
        });
        form.aboutProperty().addListener((obs, old, kind) -> showTarget(form));
        targetBox.valueProperty().addListener((obs, old, id) -> {
            if (!switching) {
                (form.aboutProperty().get() == Target.Kind.ASSET ? form.assetIdProperty() : form.licenseIdProperty())
                        .set(id);
            }
        });
        form.assetIdProperty().addListener(o -> showTarget(form));
        form.licenseIdProperty().addListener(o -> showTarget(form));
        enforcement.targets().addListener((ListChangeListener<Target>) c -> showTarget(form));
        targetBox.setConverter(ReceiptTexts.converter(id -> id == null ? "" : describe(form, id)));
        targetBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty || id == null ? null : describe(form, id));
            }
        });
        showTarget(form);
        kindBox.getItems().setAll(EnforcementKind.values());
        kindBox.setConverter(ReceiptTexts.converter(k -> k == null ? "" : EnforcementTexts.kind(k)));
        kindBox.valueProperty().bindBidirectional(form.kindProperty());
        DateFields.bind(datePicker, form.date());
        currencyBox.getItems().setAll(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
                .sorted().toList());
        currencyBox.valueProperty().bindBidirectional(form.currencyProperty());
        costField.textProperty().bindBidirectional(form.costProperty());
        recoveredField.textProperty().bindBidirectional(form.recoveredProperty());
        noteField.textProperty().bindBidirectional(form.noteProperty());
        costUnit.textProperty().bind(form.currencyProperty());
        recoveredUnit.textProperty().bind(form.currencyProperty());
        registerFeedback();
        bindState(editor, form);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editor.editingProperty().get()) {
                editor.cancel();
                e.consume();
            }
        });
    }

    /** The radio buttons, the label and the choices follow whether the entry is about an asset or a license. */
    private void showTarget(EntryForm form) {
        switching = true;
        try {
            boolean asset = form.aboutProperty().get() == Target.Kind.ASSET;
            (asset ? assetRadio : licenseRadio).setSelected(true);
            targetLabel.setText(asset ? "Asset *" : "License *");
            List<String> ids = model.targets().stream().filter(t -> t.isAsset() == asset).map(Target::id).toList();
            if (!ids.equals(targetBox.getItems())) {
                targetBox.getItems().setAll(ids);
            }
            targetBox.setValue(asset ? form.assetIdProperty().get() : form.licenseIdProperty().get());
        } finally {
            switching = false;
        }
    }

    private String describe(EntryForm form, String id) {
        Target t = form.aboutProperty().get() == Target.Kind.ASSET ? Target.asset(id) : Target.license(id);
        return model.data().describe(t);
    }

    private void registerFeedback() {
        feedback.control("asset", targetBox);
        feedback.control("license", targetBox);
        feedback.control("note", noteField);
        feedback.control("kind", kindBox);
        feedback.control("date", datePicker);
        feedback.control("currency", currencyBox);
        feedback.control("cost", costField);
        feedback.control("recovered", recoveredField);
        feedback.messages(leftMessage, Set.of("asset", "license", "note", "id")::contains);
        feedback.messages(middleMessage, Set.of("kind", "date", "currency")::contains);
        feedback.messages(amountsMessage, Set.of("cost", "recovered")::contains);
    }

    private void bindState(EnforcementEditing editor, EntryForm form) {
        scroller.visibleProperty().bind(editor.editingProperty());
        footer.visibleProperty().bind(editor.editingProperty());
        emptyLabel.visibleProperty().bind(editor.editingProperty().not());
        heading.textProperty().bind(Bindings.when(editor.editingProperty())
                .then(Bindings.concat(Bindings.when(form.newProperty()).then("New entry ").otherwise("Entry "),
                        form.idProperty()))
                .otherwise("Entry details"));
        stateLabel.textProperty().bind(Bindings.when(editor.editingProperty().and(form.dirtyProperty()))
                .then("unsaved changes").otherwise(""));
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
        form.issues().addListener((ListChangeListener<FormIssue>) c -> showIssues(form));
        form.dirtyProperty().addListener(o -> showIssues(form));
        root.sceneProperty().addListener((obs, old, scene) -> feedback.refresh());
        showIssues(form);
    }

    private void showIssues(EntryForm form) {
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

    @FXML
    private void save() {
        editing.save();
    }

    @FXML
    private void cancel() {
        editing.cancel();
    }

    /** Puts the cursor in the cost, e.g. right after Add. */
    void focusCost() {
        costField.requestFocus();
    }
}
