package io.licensor.ui.shell;

import io.licensor.model.Problem;
import io.licensor.ui.common.Dialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts and the platform's file and folder choosers, owned by the main window. */
public final class FxDialogs implements Dialogs {
    private final Window owner;

    public FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question, String detail, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType no = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question, detail, yes, no);
        // Enter must not delete by accident: the safe answer is the default button
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public UnsavedChoice askUnsaved(String what, String action) {
        ButtonType save = new ButtonType("Save", ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonData.NO);
        ButtonType cancel = new ButtonType("Keep editing", ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, "Unsaved changes", "Save " + what + " first?",
                "You are about to " + action + ". Unsaved changes would be lost.", save, discard, cancel);
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public void showError(String title, String header, String detail) {
        alert(Alert.AlertType.ERROR, title, header, detail, ButtonType.OK).showAndWait();
    }

    @Override
    public void showProblems(String title, String header, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, header, null, ButtonType.OK);
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(14, Math.max(3, problems.size() + 1)));
        list.getStyleClass().add("problem-list");
        Label count = new Label(problems.size() == 1 ? "1 problem:" : problems.size() + " problems:");
        alert.getDialogPane().setContent(new VBox(6, count, list));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String header, String detail) {
        alert(Alert.AlertType.INFORMATION, title, header, detail, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, String extension) {
        FileChooser chooser = fileChooser(title, description, extension);
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String description, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description,
                extensions.stream().map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String description, String extension,
            String suggestedName) {
        FileChooser chooser = fileChooser(title, description, extension);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<char[]> askPassword(String title, String header, PasswordKind kind) {
        return PasswordDialog.ask(owner, title, header, kind);
    }

    private static FileChooser fileChooser(String title, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + extension));
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String header, String detail, ButtonType... buttons) {
        Alert alert = new Alert(type, detail == null ? "" : detail, buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return alert;
    }
}
