package io.licensor.ui.shell;

import io.licensor.service.DataFolders;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.shell.DesktopSettings.WindowBounds;
import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The main window on its stage: loads MainWindow.fxml, applies the theme, remembers size and position, and turns the
 * window's close button into the same careful quit as File > Quit (unsaved edits are asked about first).
 */
public final class MainWindow {
    public static final double MIN_WIDTH = 1000;
    public static final double MIN_HEIGHT = 640;
    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final Stage stage;
    private final ShellModel model;
    private final Dialogs dialogs;
    private final Runnable exit;
    private final Scene scene;
    private final MainWindowController controller;

    private MainWindow(Stage stage, ShellModel model, Dialogs dialogs, Runnable exit) {
        this.stage = stage;
        this.model = model;
        this.dialogs = dialogs;
        this.exit = exit;
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("MainWindow.fxml"));
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("MainWindow.fxml cannot be loaded", e);
        }
        controller = loader.getController();
        controller.bind(model, this);
        scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        controller.sceneReady();
        Theme.apply(scene, model.settings().darkTheme());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        addIcons(stage);
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setOnCloseRequest(e -> {
            e.consume();
            quit();
        });
    }

    /** The window and task-bar icon, in the sizes desktops ask for (the same drawing as the installer's icon). */
    private static void addIcons(Stage stage) {
        for (int size : new int[] {16, 32, 48, 256}) {
            var url = MainWindow.class.getResource("/io/licensor/ui/icons/licensor-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new javafx.scene.image.Image(url.toExternalForm()));
            }
        }
    }

    /** Builds the window on {@code stage} at its remembered place and shows it; {@code exit} ends the app. */
    public static MainWindow show(Stage stage, ShellModel model, Dialogs dialogs, Runnable exit) {
        MainWindow window = new MainWindow(stage, model, dialogs, exit);
        restoreBounds(stage, model.settings());
        stage.show();
        return window;
    }

    /**
     * Builds the window into {@code stage}, which {@link FirstFrame} already shows at its place: the shell replaces
     * the first frame's "Opening ..." in the same window (decision 0110).
     */
    public static MainWindow replaceFirstFrame(Stage stage, ShellModel model, Dialogs dialogs, Runnable exit) {
        return new MainWindow(stage, model, dialogs, exit);
    }

    /** Puts {@code stage} where it was last time, or centred at the default size. */
    static void restoreBounds(Stage stage, DesktopSettings settings) {
        WindowBounds bounds = settings.windowBounds().orElse(null);
        if (bounds != null && visibleOnSomeScreen(bounds)) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
            stage.setWidth(Math.max(MIN_WIDTH, bounds.width()));
            stage.setHeight(Math.max(MIN_HEIGHT, bounds.height()));
            stage.setMaximized(bounds.maximized());
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight()));
        stage.centerOnScreen();
    }

    /** A window moved to a screen that is gone (a detached monitor) must not open out of sight. */
    private static boolean visibleOnSomeScreen(WindowBounds b) {
        return !Screen.getScreensForRectangle(b.x() + 40, b.y() + 10, Math.max(1, b.width() - 80), 30).isEmpty();
    }

    private void saveBounds() {
        DesktopSettings settings = model.settings();
        if (stage.isMaximized()) {
            WindowBounds previous = settings.windowBounds().orElse(new WindowBounds(stage.getX(), stage.getY(),
                    DEFAULT_WIDTH, DEFAULT_HEIGHT, true));
            settings.setWindowBounds(new WindowBounds(previous.x(), previous.y(), previous.width(),
                    previous.height(), true));
        } else {
            settings.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
        settings.save();
    }

    /** File > Quit and the close button: asks about unsaved edits, closes the portfolio, remembers the window. */
    public void quit() {
        if (!model.closeForExit()) {
            return;
        }
        saveBounds();
        stage.hide();
        exit.run();
    }

    void setDarkTheme(boolean dark) {
        Theme.apply(scene, dark);
        model.settings().setDarkTheme(dark);
        model.settings().save();
    }

    void about() {
        dialogs.showInfo("About Licensor", "Licensor 0.1",
                "An offline manager for your intellectual property, licenses and royalties. Your portfolios "
                        + "stay on this computer; nothing is sent anywhere.\n\nData folder: " + DataFolders.dataHome()
                        + "\nLog files: " + DataFolders.logFolder());
    }

    MainWindowController controller() {
        return controller;
    }

    /** The welcome card over the section area (Help > Welcome). */
    Welcome welcome() {
        return controller.welcomePanel();
    }

    public Scene scene() {
        return scene;
    }

    public Stage stage() {
        return stage;
    }
}
