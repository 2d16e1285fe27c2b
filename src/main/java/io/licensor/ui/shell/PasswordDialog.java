package io.licensor.ui.shell;

import io.licensor.ui.common.Dialogs.PasswordKind;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The password dialog: one field for the current password, two (typed twice, must match) for a new one. A new
 * password comes with the warning that a forgotten one cannot be recovered.
 */
final class PasswordDialog {
    private PasswordDialog() {
    }

    static Optional<char[]> ask(Window owner, String title, String header, PasswordKind kind) {
        Dialog<char[]> dialog = build(owner, title, header, kind);
        Optional<char[]> answer = dialog.showAndWait();
        // the fields hold the text as Strings: empty them so the password is not kept by the dialog
        dialog.getDialogPane().lookupAll(".password-field").forEach(n -> ((PasswordField) n).clear());
        return answer;
    }

    /** The dialog, not shown yet. */
    static Dialog<char[]> build(Window owner, String title, String header, PasswordKind kind) {
        Dialog<char[]> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        ButtonType ok = new ButtonType(switch (kind) {
            case CURRENT -> "OK";
            case NEW -> "Set password";
            case NEW_OR_NONE -> "Continue";
        }, ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        PasswordField first = new PasswordField();
        first.setId("password");
        PasswordField second = new PasswordField();
        second.setId("passwordAgain");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(kind == PasswordKind.CURRENT ? "Password:" : "New password:"), first);
        VBox content = new VBox(10, grid);
        BooleanBinding refused;
        if (kind == PasswordKind.CURRENT) {
            refused = first.textProperty().isEmpty();
        } else {
            grid.addRow(1, new Label("Repeat it:"), second);
            Label warning = new Label("Keep this password safe. If it is forgotten, the portfolio cannot be opened "
                    + "again: nobody can recover it." + (kind == PasswordKind.NEW_OR_NONE
                            ? "\nLeave both fields empty for a portfolio without a password." : ""));
            warning.setWrapText(true);
            warning.setMaxWidth(420);
            content.getChildren().add(warning);
            BooleanBinding differ = Bindings.createBooleanBinding(
                    () -> !first.getText().equals(second.getText()), first.textProperty(), second.textProperty());
            refused = kind == PasswordKind.NEW ? differ.or(first.textProperty().isEmpty()) : differ;
        }
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(refused);
        dialog.setOnShown(e -> first.requestFocus());
        dialog.setResultConverter(button -> button == ok ? first.getText().toCharArray() : null);
        return dialog;
    }
}
