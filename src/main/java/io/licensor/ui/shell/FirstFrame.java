package io.licensor.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;

/**
 * The main window's first frame (decision 0110): the stage titled "Licensor" at its remembered place, saying which
 * portfolio is being opened, shown before the shell is built. It holds no control, so no style sheet is parsed
 * before the window maps; {@link MainWindow#replaceFirstFrame} puts the shell into the same stage right after.
 */
public final class FirstFrame {
    // AtlantaFX Primer's background and foreground colours, so the shell replaces this frame without a flash
    private static final Color LIGHT_BACKGROUND = Color.web("#ffffff");
    private static final Color LIGHT_TEXT = Color.web("#57606a");
    private static final Color DARK_BACKGROUND = Color.web("#0d1117");
    private static final Color DARK_TEXT = Color.web("#8b949e");

    private FirstFrame() {}

    /** Shows the first frame on {@code stage}, naming the portfolio the shell will open from {@code defaultFolder}. */
    public static void show(Stage stage, DesktopSettings settings, Path defaultFolder) {
        boolean dark = settings.darkTheme();
        Text text = new Text(openingText(settings, defaultFolder));
        text.setFont(Font.font(15));
        text.setFill(dark ? DARK_TEXT : LIGHT_TEXT);
        Scene scene = new Scene(new StackPane(text), MainWindow.MIN_WIDTH, MainWindow.MIN_HEIGHT,
                dark ? DARK_BACKGROUND : LIGHT_BACKGROUND);
        stage.setTitle("Licensor");
        stage.setScene(scene);
        stage.setMinWidth(MainWindow.MIN_WIDTH);
        stage.setMinHeight(MainWindow.MIN_HEIGHT);
        MainWindow.restoreBounds(stage, settings);
        stage.show();
    }

    /** "Opening my-portfolio...": the folder {@link ShellModel#start} will open, as it will choose it. */
    static String openingText(DesktopSettings settings, Path defaultFolder) {
        Optional<Path> last = settings.lastPortfolio().filter(PortfolioFolders::holdsPortfolio);
        Path folder = last.orElse(defaultFolder);
        if (last.isEmpty() && !PortfolioFolders.holdsPortfolio(defaultFolder)) {
            return "Installing the demo portfolio...";
        }
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return "Opening " + (name == null ? folder.toString() : name.toString()) + "...";
    }
}
