package io.licensor.ui.imports;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/** Page 1 (FilePage.fxml): the file (chosen, typed or dropped) and the license. */
public final class FilePageController {
    @FXML private VBox root;
    @FXML private TextField fileField;
    @FXML private Button chooseButton;
    @FXML private ComboBox<LicenseChoice> licenseBox;

    private ImportWizardModel model;
    private boolean syncing;

    void bind(ImportWizardModel wizard) {
        this.model = wizard;
        licenseBox.setItems(wizard.licenses());
        licenseBox.valueProperty().bindBidirectional(wizard.licenseProperty());
        wizard.fileProperty().addListener((obs, old, file) -> showFile(file));
        fileField.textProperty().addListener((obs, old, text) -> typed(text));
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dropped);
    }

    private void showFile(Path file) {
        if (!syncing) {
            syncing = true;
            fileField.setText(file == null ? "" : file.toString());
            syncing = false;
        }
    }

    private void typed(String text) {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            model.fileProperty().set(text == null || text.isBlank() ? null : Path.of(text.strip()));
        } catch (InvalidPathException e) {
            model.fileProperty().set(null);
        } finally {
            syncing = false;
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dropped(DragEvent e) {
        boolean done = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
        if (done) {
            model.fileProperty().set(e.getDragboard().getFiles().get(0).toPath());
        }
        e.setDropCompleted(done);
        e.consume();
    }

    @FXML
    private void choose() {
        model.chooseFile();
    }
}
