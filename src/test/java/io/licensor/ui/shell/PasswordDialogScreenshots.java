package io.licensor.ui.shell;

import io.licensor.ui.common.Dialogs.PasswordKind;
import io.licensor.ui.testing.Fx;
import io.licensor.ui.testing.Headless;
import io.licensor.ui.testing.Snapshots;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;

/**
 * Pictures of the password dialogs (for looking at them; not a test). Run: {@code mvn -q -DskipTests test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.ui.shell.PasswordDialogScreenshots
 * [-Dexec.args=target/shots]}
 */
public final class PasswordDialogScreenshots {
    private PasswordDialogScreenshots() {
    }

    public static void main(String[] args) throws Exception {
        Headless.configure();
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/shots"));
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        try {
            for (PasswordKind kind : PasswordKind.values()) {
                var image = Fx.call(() -> {
                    Dialog<char[]> dialog = PasswordDialog.build(null, "Set password",
                            "Choose the new password for the portfolio in ~/IP.", kind);
                    dialog.getDialogPane().lookupAll(".password-field")
                            .forEach(n -> ((PasswordField) n).setText("secret"));
                    dialog.show();
                    Scene scene = dialog.getDialogPane().getScene();
                    var picture = Snapshots.take(scene);
                    scene.getWindow().hide();
                    return picture;
                });
                Snapshots.write(image, out.resolve("password-" + kind.name().toLowerCase() + ".png"));
            }
        } finally {
            Platform.exit();
        }
    }
}
