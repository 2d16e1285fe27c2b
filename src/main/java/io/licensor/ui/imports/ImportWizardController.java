package io.licensor.ui.imports;

import io.licensor.ui.imports.ImportWizardModel.Step;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;

/** Binds the wizard's frame (ImportWizard.fxml): the step list, the page shown, the buttons and the progress. */
public final class ImportWizardController {
    private static final String CURRENT = "current";
    private static final String DONE = "done";

    @FXML private BorderPane root;
    @FXML private Label fileStep;
    @FXML private Label columnsStep;
    @FXML private Label checkStep;
    @FXML private Label importStep;
    @FXML private Node filePage;
    @FXML private Node columnsPage;
    @FXML private Node checkPage;
    @FXML private Node importPage;
    @FXML private FilePageController filePageController;
    @FXML private ColumnsPageController columnsPageController;
    @FXML private CheckPageController checkPageController;
    @FXML private ImportPageController importPageController;
    @FXML private Label errorLabel;
    @FXML private Label noteLabel;
    @FXML private ProgressBar busyBar;
    @FXML private Label busyLabel;
    @FXML private Button backButton;
    @FXML private Button nextButton;
    @FXML private Button cancelButton;

    private ImportWizardModel model;

    void bind(ImportWizardModel wizard) {
        this.model = wizard;
        filePageController.bind(wizard);
        columnsPageController.bind(wizard);
        checkPageController.bind(wizard);
        importPageController.bind(wizard);
        Map<Step, Node> pages = Map.of(Step.FILE, filePage, Step.COLUMNS, columnsPage, Step.CHECK, checkPage,
                Step.IMPORT, importPage);
        pages.forEach((step, page) -> page.visibleProperty().bind(wizard.stepProperty().isEqualTo(step)));
        wizard.stepProperty().addListener((obs, old, step) -> markSteps(step));
        markSteps(wizard.stepProperty().get());
        bindButtons();
        errorLabel.textProperty().bind(wizard.errorProperty());
        errorLabel.visibleProperty().bind(wizard.errorProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        noteLabel.textProperty().bind(wizard.endNoteProperty());
        noteLabel.visibleProperty().bind(wizard.endNoteProperty().isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());
        busyBar.progressProperty().bind(wizard.progressProperty());
        busyBar.visibleProperty().bind(wizard.busyProperty());
        busyLabel.textProperty().bind(wizard.busyMessageProperty());
    }

    private void bindButtons() {
        nextButton.textProperty().bind(Bindings.createStringBinding(this::nextText, model.stepProperty(),
                model.checkProperty(), model.outcomeProperty(), model.allowDuplicatesProperty()));
        nextButton.disableProperty().bind(model.nextDisabled());
        backButton.disableProperty().bind(model.busyProperty().or(model.stepProperty().isEqualTo(Step.FILE))
                .or(model.stepProperty().isEqualTo(Step.IMPORT)));
        backButton.visibleProperty().bind(model.stepProperty().isNotEqualTo(Step.IMPORT));
        backButton.managedProperty().bind(backButton.visibleProperty());
        // at the end the rightmost button turns into Close and the others go, so no button moves under the pointer
        nextButton.visibleProperty().bind(model.outcomeProperty().isNull());
        nextButton.managedProperty().bind(nextButton.visibleProperty());
        cancelButton.disableProperty().bind(model.busyProperty().and(model.cancellableProperty().not()));
        cancelButton.textProperty().bind(Bindings.when(model.busyProperty()).then("Stop")
                .otherwise(Bindings.when(model.outcomeProperty().isNull()).then("Cancel").otherwise("Close")));
        cancelButton.defaultButtonProperty().bind(model.outcomeProperty().isNotNull());
    }

    private String nextText() {
        return switch (model.stepProperty().get()) {
            case FILE -> "Next";
            case COLUMNS -> "Check every row";
            case CHECK -> model.checkProperty().get() == null || !model.checkProperty().get().isClean() ? "Import"
                    : "Import " + CheckTexts.count(model.checkProperty().get().receiptCount(), "receipt", "receipts");
            case IMPORT -> "Close";
        };
    }

    private void markSteps(Step current) {
        Label[] labels = {fileStep, columnsStep, checkStep, importStep};
        for (Step step : Step.values()) {
            Label label = labels[step.ordinal()];
            label.getStyleClass().removeAll(CURRENT, DONE);
            if (step == current) {
                label.getStyleClass().add(CURRENT);
            } else if (step.ordinal() < current.ordinal()) {
                label.getStyleClass().add(DONE);
            }
        }
    }

    @FXML
    private void back() {
        model.back();
    }

    @FXML
    private void next() {
        model.next();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    BorderPane root() {
        return root;
    }
}
