package io.licensor.ui.assets;

import io.licensor.model.AssetType;
import io.licensor.model.ValuationMethod;
import io.licensor.ui.common.StyleClasses;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Binds the detail pane (AssetEditor.fxml) to the {@link AssetEditing} model; holds no logic of its own. */
public final class AssetEditorController {
    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label stateLabel;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroller;
    @FXML private VBox footer;
    @FXML private TextField titleField;
    @FXML private Label titleMessage;
    @FXML private ComboBox<AssetType> typeBox;
    @FXML private TextArea descriptionArea;
    @FXML private TextField jurisdictionsField;
    @FXML private Label jurisdictionsMessage;
    @FXML private Label jurisdictionNames;
    @FXML private TextField registrationField;
    @FXML private DatePicker createdPicker;
    @FXML private DatePicker expiresPicker;
    @FXML private Label datesMessage;
    @FXML private TextField tagsField;
    @FXML private VBox flagsBox;
    @FXML private VBox ownersBox;
    @FXML private Label ownersMessage;
    @FXML private VBox valuationsBox;
    @FXML private Label valuationsMessage;
    @FXML private VBox componentsBox;
    @FXML private Label componentsMessage;
    @FXML private CheckBox aiCheck;
    @FXML private TextArea provenanceArea;
    @FXML private Label provenanceMessage;
    @FXML private Label summaryLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final FieldFeedback feedback = new FieldFeedback();
    private AssetEditing editing;
    private String defaultCurrency = "USD";

    /** Connects the fields to the model; called once after loading the FXML. */
    void bind(AssetEditing model, String reportingCurrency) {
        this.editing = model;
        this.defaultCurrency = reportingCurrency;
        AssetForm form = model.form();
        titleField.textProperty().bindBidirectional(form.titleProperty());
        typeBox.getItems().setAll(AssetType.values());
        typeBox.setConverter(Names.types(""));
        typeBox.valueProperty().bindBidirectional(form.typeProperty());
        descriptionArea.textProperty().bindBidirectional(form.descriptionProperty());
        jurisdictionsField.textProperty().bindBidirectional(form.jurisdictionsProperty());
        registrationField.textProperty().bindBidirectional(form.registrationNumberProperty());
        java.util.Locale locale = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
        jurisdictionNames.textProperty().bind(Bindings.createStringBinding(
                () -> Jurisdictions.names(form.jurisdictionsProperty().get(), locale), form.jurisdictionsProperty()));
        jurisdictionNames.managedProperty().bind(jurisdictionNames.textProperty().isNotEmpty());
        DateFields.bind(createdPicker, form.createdOn());
        DateFields.bind(expiresPicker, form.expiresOn());
        tagsField.textProperty().bindBidirectional(form.tagsProperty());
        aiCheck.selectedProperty().bindBidirectional(form.aiGeneratedProperty());
        provenanceArea.textProperty().bindBidirectional(form.provenanceProperty());
        provenanceArea.disableProperty().bind(form.aiGeneratedProperty().not()
                .and(form.provenanceProperty().isEmpty()));
        registerFeedback();
        buildLines(form);
        bindState(model, form);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get()) {
                model.cancel();
                e.consume();
            }
        });
    }

    private void registerFeedback() {
        feedback.control("title", titleField);
        feedback.control("type", typeBox);
        feedback.control("jurisdictions", jurisdictionsField);
        feedback.control("createdOn", createdPicker);
        feedback.control("expiresOn", expiresPicker);
        feedback.control("provenance", provenanceArea);
        feedback.messages(titleMessage, f -> f.equals("title") || f.equals("type") || f.equals("description"));
        feedback.messages(jurisdictionsMessage, f -> f.startsWith("jurisdictions")
                || f.equals("registrationNumber"));
        feedback.messages(datesMessage, f -> f.equals("createdOn") || f.equals("expiresOn") || f.startsWith("tags"));
        feedback.messages(ownersMessage, f -> f.startsWith("owners"));
        feedback.messages(valuationsMessage, f -> f.startsWith("valuations"));
        feedback.messages(componentsMessage, f -> f.startsWith("components"));
        feedback.messages(provenanceMessage, f -> f.equals("provenance"));
    }

    private void buildLines(AssetForm form) {
        ownersBox.getChildren().add(new LineEditor<>(form.owners(), List.of("Owner", "Share %"),
                new double[] {0, 90}, this::ownerFields, "Add owner", form::addOwner,
                () -> feedback.forgetControls("owners[")));
        valuationsBox.getChildren().add(new LineEditor<>(form.valuations(),
                List.of("As of", "Amount", "Currency"), new double[] {138, 0, 64},
                this::valuationFields, "Add valuation", () -> form.addValuation(defaultCurrency),
                () -> feedback.forgetControls("valuations[")));
        componentsBox.getChildren().add(new LineEditor<>(form.components(), List.of("Component", "SPDX license"),
                new double[] {0, 0}, this::componentFields, "Add component", form::addComponent,
                () -> feedback.forgetControls("components[")));
    }

    private List<Node> ownerFields(OwnerRow row, int index) {
        TextField name = field(row.nameProperty(), "Name", "owners[" + index + "].name");
        TextField share = field(row.sharePercentProperty(), "100", "owners[" + index + "].share");
        share.getStyleClass().add(StyleClasses.MONEY);
        return List.of(name, share);
    }

    private List<Node> valuationFields(ValuationRow row, int index) {
        String at = "valuations[" + index + "].";
        DatePicker date = new DatePicker();
        DateFields.bind(date, row.asOf());
        feedback.control(at + "asOf", date);
        TextField amount = field(row.amountProperty(), "120000", at + "amount");
        amount.getStyleClass().add(StyleClasses.MONEY);
        TextField currency = field(row.currencyProperty(), "USD", at + "currency");
        java.util.Locale locale = java.util.Locale.getDefault(java.util.Locale.Category.DISPLAY);
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(currency,
                request -> Jurisdictions.currencies(request.getUserText(), locale));
        ComboBox<ValuationMethod> method = new ComboBox<>();
        method.getItems().setAll(ValuationMethod.values());
        method.setConverter(Names.methods());
        method.valueProperty().bindBidirectional(row.methodProperty());
        method.setMaxWidth(Double.MAX_VALUE);
        method.setPromptText("Method");
        method.setAccessibleText("Valuation method");
        feedback.control(at + "method", method);
        return List.of(date, amount, currency, method);
    }

    private List<Node> componentFields(ComponentRow row, int index) {
        TextField name = field(row.nameProperty(), "e.g. somelib", "components[" + index + "].name");
        TextField license = field(row.licenseProperty(), "e.g. MIT", "components[" + index + "].license");
        row.strongCopyleftProperty().addListener((obs, was, copyleft) -> markCopyleft(license, copyleft));
        markCopyleft(license, row.strongCopyleftProperty().get());
        return List.of(name, license);
    }

    private static void markCopyleft(TextField license, boolean copyleft) {
        license.getStyleClass().remove(StyleClasses.COPYLEFT);
        if (copyleft) {
            license.getStyleClass().add(StyleClasses.COPYLEFT);
        }
    }

    private TextField field(javafx.beans.property.StringProperty property, String prompt, String key) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        feedback.control(key, field);
        return field;
    }

    private void bindState(AssetEditing model, AssetForm form) {
        scroller.visibleProperty().bind(model.editingProperty());
        footer.visibleProperty().bind(model.editingProperty());
        emptyLabel.visibleProperty().bind(model.editingProperty().not());
        heading.textProperty().bind(Bindings.when(model.editingProperty())
                .then(Bindings.concat(Bindings.when(form.newProperty()).then("New asset ").otherwise("Asset "),
                        form.idProperty()))
                .otherwise("Asset details"));
        stateLabel.textProperty().bind(Bindings.when(model.editingProperty().and(form.dirtyProperty()))
                .then("unsaved changes").otherwise(""));
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
        form.issues().addListener((javafx.collections.ListChangeListener<FormIssue>) c -> showIssues(form));
        form.dirtyProperty().addListener(o -> showIssues(form));
        root.sceneProperty().addListener((obs, old, scene) -> feedback.refresh());
        showIssues(form);
    }

    private void showIssues(AssetForm form) {
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

    /** Shows the risk flags of the asset in the form, each with why and what to do (none: the box is hidden). */
    void showFlags(List<AssetFlag> flags) {
        flagsBox.getChildren().clear();
        for (AssetFlag flag : flags) {
            Label line = new Label(flag.label() + ": " + flag.explanation(),
                    new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.ALERT_TRIANGLE));
            line.setWrapText(true);
            line.getStyleClass().add(StyleClasses.FLAG);
            flagsBox.getChildren().add(line);
        }
        flagsBox.setVisible(!flags.isEmpty());
        flagsBox.setManaged(!flags.isEmpty());
    }

    /** Puts the cursor in the title field, e.g. right after Add. */
    void focusTitle() {
        titleField.requestFocus();
        titleField.selectAll();
    }
}
