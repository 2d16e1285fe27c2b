package io.licensor.ui.licenses;

import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.ui.assets.DateFields;
import io.licensor.ui.assets.FieldFeedback;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.licenses.terms.Choices;
import io.licensor.ui.licenses.terms.TermsEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;

/** Binds the detail pane (LicenseEditor.fxml) to the {@link LicenseEditing} model; holds no logic of its own. */
public final class LicenseEditorController {
    @FXML private BorderPane root;
    @FXML private Label heading;
    @FXML private Label stateLabel;
    @FXML private Label emptyLabel;
    @FXML private ScrollPane scroller;
    @FXML private VBox footer;
    @FXML private VBox overviewBox;
    @FXML private Label statusLabel;
    @FXML private Label figuresLabel;
    @FXML private VBox flagsBox;
    @FXML private TextField licenseeField;
    @FXML private Label licenseeMessage;
    @FXML private SearchableComboBox<String> countryBox;
    @FXML private Label countryMessage;
    @FXML private CheckListView<Asset> assetList;
    @FXML private Label assetsMessage;
    @FXML private DatePicker startPicker;
    @FXML private DatePicker endPicker;
    @FXML private Label datesMessage;
    @FXML private CheckBox exclusiveCheck;
    @FXML private TextField territoryField;
    @FXML private TextField fieldOfUseField;
    @FXML private Label otherMessage;
    @FXML private HBox renewalBox;
    @FXML private Button renewButton;
    @FXML private TermsEditor termsEditor;
    @FXML private Label summaryLabel;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;

    private final FieldFeedback feedback = new FieldFeedback();
    private LicensesModel model;
    private LicenseEditing editing;
    private Consumer<String> open;
    private boolean syncingAssets;

    /** Connects the fields to the model; {@code opener} shows another license (the renewal links). */
    void bind(LicensesModel licenses, Consumer<String> opener) {
        this.model = licenses;
        this.editing = licenses.editor();
        this.open = opener;
        LicenseForm form = editing.form();
        licenseeField.textProperty().bindBidirectional(form.licenseeProperty());
        List<String> countries = new ArrayList<>();
        countries.add(null);
        countries.addAll(Choices.countries());
        countryBox.getItems().setAll(countries);
        Choices.show(countryBox, c -> Choices.describeCountry(c, "No country given"));
        countryBox.valueProperty().bindBidirectional(form.countryProperty());
        DateFields.bind(startPicker, form.start());
        DateFields.bind(endPicker, form.end());
        endPicker.setPromptText("No end date");
        exclusiveCheck.selectedProperty().bindBidirectional(form.exclusiveProperty());
        territoryField.textProperty().bindBidirectional(form.territoryProperty());
        fieldOfUseField.textProperty().bindBidirectional(form.fieldOfUseProperty());
        bindAssets(form);
        termsEditor.bind(form.terms());
        registerFeedback();
        bindState(form);
        bindOverview();
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && editing.editingProperty().get()) {
                editing.cancel();
                e.consume();
            }
        });
    }

    private void bindAssets(LicenseForm form) {
        assetList.setItems(model.assets());
        assetList.setCellFactory(list -> new CheckBoxListCell<>(assetList::getItemBooleanProperty,
                Choices.<Asset>converter(a -> a == null ? "" : a.id() + "  " + a.title())));
        assetList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Asset>) c -> {
            if (syncingAssets) {
                return;
            }
            while (c.next()) {
                c.getAddedSubList().forEach(a -> form.setCovered(a.id(), true));
                c.getRemoved().forEach(a -> form.setCovered(a.id(), false));
            }
        });
        form.assetIds().addListener((ListChangeListener<String>) c -> checkAssets(form));
        model.assets().addListener((ListChangeListener<Asset>) c -> checkAssets(form));
        checkAssets(form);
    }

    private void checkAssets(LicenseForm form) {
        syncingAssets = true;
        try {
            assetList.getCheckModel().clearChecks();
            for (Asset a : model.assets()) {
                if (form.assetIds().contains(a.id())) {
                    assetList.getCheckModel().check(a);
                }
            }
        } finally {
            syncingAssets = false;
        }
    }

    private void registerFeedback() {
        feedback.control("licensee", licenseeField);
        feedback.control("licenseeCountry", countryBox);
        feedback.control("assets", assetList);
        feedback.control("start", startPicker);
        feedback.control("end", endPicker);
        feedback.control("territory", territoryField);
        feedback.control("fieldOfUse", fieldOfUseField);
        feedback.messages(licenseeMessage, f -> f.equals("licensee") || f.equals("id"));
        feedback.messages(countryMessage, f -> f.equals("licenseeCountry"));
        feedback.messages(assetsMessage, f -> f.equals("assets"));
        feedback.messages(datesMessage, f -> f.equals("start") || f.equals("end"));
        feedback.messages(otherMessage, f -> f.equals("territory") || f.equals("fieldOfUse")
                || f.equals("renewalOf"));
    }

    private void bindState(LicenseForm form) {
        scroller.visibleProperty().bind(editing.editingProperty());
        footer.visibleProperty().bind(editing.editingProperty());
        emptyLabel.visibleProperty().bind(editing.editingProperty().not());
        heading.textProperty().bind(Bindings.when(editing.editingProperty())
                .then(Bindings.concat(Bindings.when(form.newProperty()).then("New license ").otherwise("License "),
                        form.idProperty()))
                .otherwise("License details"));
        stateLabel.textProperty().bind(Bindings.when(editing.editingProperty().and(form.dirtyProperty()))
                .then("unsaved changes").otherwise(""));
        saveButton.disableProperty().bind(form.validProperty().not().or(form.dirtyProperty().not()));
        cancelButton.disableProperty().bind(form.dirtyProperty().not());
        form.issues().addListener((ListChangeListener<FormIssue>) c -> showIssues(form));
        form.terms().issues().addListener((ListChangeListener<FormIssue>) c -> showIssues(form));
        form.dirtyProperty().addListener(o -> showIssues(form));
        root.sceneProperty().addListener((obs, old, scene) -> feedback.refresh());
        editing.renewedBy().addListener((ListChangeListener<String>) c -> showRenewal());
        form.renewalOfProperty().addListener(o -> showRenewal());
        editing.currentProperty().addListener(o -> showRenewal());
        showRenewal();
        showIssues(form);
    }

    private void showIssues(LicenseForm form) {
        feedback.show(form.issues());
        List<FormIssue> errors = new ArrayList<>();
        form.issues().stream().filter(FormIssue::isError).forEach(errors::add);
        form.terms().issues().stream().filter(FormIssue::isError).forEach(errors::add);
        summaryLabel.getStyleClass().removeAll("danger", "warning", "muted");
        if (!errors.isEmpty()) {
            summaryLabel.setText((errors.size() == 1 ? "1 problem" : errors.size() + " problems")
                    + " to fix before you can save: " + errors.get(0).message());
            summaryLabel.getStyleClass().add("danger");
        } else if (form.isDirty()) {
            summaryLabel.setText("Unsaved changes. Save with Ctrl+S, or undo them with Cancel (Escape).");
            summaryLabel.getStyleClass().add("warning");
        } else {
            summaryLabel.setText("All changes saved.");
            summaryLabel.getStyleClass().add("muted");
        }
    }

    private void showRenewal() {
        renewalBox.getChildren().setAll(renewButton);
        String renews = editing.form().renewalOfProperty().get();
        if (renews != null) {
            renewalBox.getChildren().add(0, link("Renews " + renews, renews));
        }
        for (String id : editing.renewedBy()) {
            renewalBox.getChildren().add(renewalBox.getChildren().size() - 1, link("Renewed by " + id, id));
        }
        if (renewalBox.getChildren().size() == 1 && editing.currentProperty().get() != null) {
            Label none = new Label("Not renewed yet");
            none.getStyleClass().add("field-hint");
            renewalBox.getChildren().add(0, none);
        }
        String blocked = editing.renewBlockedReason();
        renewButton.setDisable(blocked != null);
        renewButton.setTooltip(new Tooltip(blocked != null ? blocked : "Create the license that continues this one "
                + "from the day after it ends, for the same length, on the same terms"));
    }

    private Hyperlink link(String text, String licenseId) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add("renewal-link");
        link.setOnAction(e -> open.accept(licenseId));
        link.setTooltip(new Tooltip("Show " + licenseId));
        return link;
    }

    private void bindOverview() {
        overviewBox.visibleProperty().bind(editing.currentProperty().isNotNull()
                .and(editing.form().newProperty().not()));
        overviewBox.managedProperty().bind(overviewBox.visibleProperty());
        editing.currentProperty().addListener(o -> showOverview());
        model.summaries().addListener(o -> showOverview());
        showOverview();
    }

    private void showOverview() {
        License license = editing.currentProperty().get();
        if (license == null) {
            return;
        }
        statusLabel.setGraphic(LicenseColumns.statusGraphic(model.statusOf(license)));
        statusLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        statusLabel.setTooltip(new Tooltip(model.statusOf(license).explanation(license)));
        LicenseOverview overview = new LicenseOverview(model.summaryOf(license.id()), model.settings());
        figuresLabel.setText(overview.figures());
        figuresLabel.setTooltip(new Tooltip(LicenseOverview.FIGURES_DEFINITION));
        flagsBox.getChildren().setAll(overview.flagNodes());
    }

    @FXML
    private void save() {
        editing.save();
    }

    @FXML
    private void cancel() {
        editing.cancel();
    }

    @FXML
    private void renew() {
        editing.renew();
    }

    /** Puts the cursor in the licensee field, e.g. right after Add. */
    void focusLicensee() {
        licenseeField.requestFocus();
        licenseeField.selectAll();
    }

    void scrollTo(double position) {
        scroller.setVvalue(position);
    }
}
