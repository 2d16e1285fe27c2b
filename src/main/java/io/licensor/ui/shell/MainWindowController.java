package io.licensor.ui.shell;

import io.licensor.service.PortfolioService;
import io.licensor.ui.common.MenuCommand;
import io.licensor.ui.common.PortfolioContext;
import io.licensor.ui.common.Section;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the main window (MainWindow.fxml) to {@link ShellModel} and forwards the menu commands. */
public final class MainWindowController {
    @FXML private BorderPane root;
    @FXML private Menu fileMenu;
    @FXML private Menu editMenu;
    @FXML private Menu viewMenu;
    @FXML private Menu helpMenu;
    @FXML private SeparatorMenuItem quitSeparator;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem passwordItem;
    @FXML private MenuItem removePasswordItem;
    @FXML private MenuItem backupItem;
    @FXML private MenuItem restoreItem;
    @FXML private MenuItem undoItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Label portfolioName;
    @FXML private ListView<Section> navigation;
    @FXML private StackPane content;
    @FXML private StackPane centreArea;
    @FXML private javafx.scene.control.MenuBar menuBar;
    @FXML private MenuItem welcomeItem;
    @FXML private Label noPortfolio;
    @FXML private Label folderLabel;
    @FXML private Label demoMark;
    @FXML private Label encryptedMark;
    @FXML private Label noteLabel;
    @FXML private Label workLabel;
    @FXML private ProgressBar workProgress;

    private ShellModel model;
    private MainWindow window;
    private Map<KeyCombination, Runnable> installed = Map.of();
    private Welcome welcome;

    void bind(ShellModel shell, MainWindow mainWindow) {
        this.model = shell;
        this.window = mainWindow;
        bindNavigation();
        bindPortfolio();
        bindStatus();
        undoItem.textProperty().bind(Bindings.when(shell.undoStack().canUndoProperty())
                .then(shell.undoStack().nextDescriptionProperty()).otherwise("Undo"));
        undoItem.disableProperty().bind(shell.undoStack().canUndoProperty().not());
        exportItem.disableProperty().bind(shell.contextProperty().isNull());
        backupItem.disableProperty().bind(shell.contextProperty().isNull());
        restoreItem.disableProperty().bind(shell.contextProperty().isNull());
        darkThemeItem.setSelected(shell.settings().darkTheme());
        addCommands(ShellModel.installedCommands());
        welcome = new Welcome(shell, centreArea);
        welcomeItem.disableProperty().bind(shell.contextProperty().isNull());
        bindPassword();
    }

    /** The password menu items and the status bar's "Encrypted" mark follow the open portfolio. */
    private void bindPassword() {
        javafx.beans.binding.BooleanBinding encrypted = Bindings.createBooleanBinding(
                () -> service().map(PortfolioService::encrypted).orElse(false), model.contextProperty());
        passwordItem.disableProperty().bind(model.contextProperty().isNull());
        passwordItem.textProperty().bind(Bindings.when(encrypted).then("Change _password...")
                .otherwise("Set _password..."));
        removePasswordItem.disableProperty().bind(encrypted.not());
        encryptedMark.visibleProperty().bind(encrypted);
        encryptedMark.managedProperty().bind(encryptedMark.visibleProperty());
        encryptedMark.setTooltip(new Tooltip("The portfolio's file is encrypted with its password (AES). "
                + "Exports and the log file are not."));
    }

    /** One menu item per contributed command (File items above Quit), enabled while a portfolio is open. */
    private void addCommands(List<MenuCommand> commands) {
        for (MenuCommand command : commands) {
            MenuItem item = new MenuItem(command.text());
            item.setAccelerator(command.accelerator());
            item.disableProperty().bind(model.contextProperty().isNull());
            item.setOnAction(e -> {
                PortfolioContext open = model.contextProperty().get();
                if (open != null) {
                    command.run(open, window.stage(), model::reloadShownSection);
                }
            });
            switch (command.menu()) {
                case FILE -> fileMenu.getItems().add(fileMenu.getItems().indexOf(quitSeparator), item);
                case EDIT -> editMenu.getItems().add(item);
                case VIEW -> viewMenu.getItems().add(item);
                default -> helpMenu.getItems().add(helpMenu.getItems().size() - 1, item);
            }
        }
    }

    private void bindNavigation() {
        navigation.setItems(model.sections());
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                setText(empty ? null : section.title());
                setGraphic(empty ? null : new FontIcon(section.icon()));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null) {
                model.selectedSectionProperty().set(section);
            }
        });
        model.selectedSectionProperty().addListener((obs, old, section) -> show(old, section));
        show(null, model.selectedSectionProperty().get());
    }

    private void show(Section old, Section next) {
        Scene scene = root.getScene();
        if (old != null) {
            old.deactivate();
            if (scene != null) {
                installed.keySet().forEach(scene.getAccelerators()::remove);
            }
            installed = Map.of();
        }
        if (next == null) {
            content.getChildren().setAll(noPortfolio);
            return;
        }
        navigation.getSelectionModel().select(next);
        content.getChildren().setAll(next.view());
        next.activate();
        installed = next.accelerators();
        if (scene != null) {
            scene.getAccelerators().putAll(installed);
        }
    }

    /** Puts the current section's shortcuts into a scene that did not exist yet when it was shown. */
    void sceneReady() {
        root.getScene().getAccelerators().putAll(installed);
    }

    private void bindPortfolio() {
        portfolioName.textProperty().bind(Bindings.createStringBinding(
                () -> service().map(s -> s.settings().name()).orElse("No portfolio"), model.contextProperty(),
                model.undoStack().changesProperty()));
        folderLabel.textProperty().bind(Bindings.createStringBinding(
                () -> service().map(s -> shortPath(s.folder())).orElse(""), model.contextProperty()));
        folderLabel.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> service().map(s -> new Tooltip("Portfolio folder: " + s.folder())).orElse(null),
                model.contextProperty()));
        demoMark.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> service().map(PortfolioService::isDemo).orElse(false), model.contextProperty()));
        demoMark.managedProperty().bind(demoMark.visibleProperty());
        demoMark.setTooltip(new Tooltip("This is the demo portfolio with made-up data. Start your own with "
                + "File > New portfolio..."));
    }

    /** The folder with the home folder written as "~", as people read paths in a status bar. */
    static String shortPath(java.nio.file.Path folder) {
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("user.home")).toAbsolutePath();
        return folder.startsWith(home) && !folder.equals(home)
                ? "~" + java.io.File.separator + home.relativize(folder) : folder.toString();
    }

    private Optional<PortfolioService> service() {
        return Optional.ofNullable(model.contextProperty().get()).map(PortfolioContext::service);
    }

    private void bindStatus() {
        String idle = noPortfolio.getText();
        // while the first portfolio opens (or the demo installs) say so, rather than "no portfolio is open"
        noPortfolio.textProperty().bind(Bindings.when(model.work().runningProperty())
                .then(model.work().messageProperty()).otherwise(idle));
        noteLabel.textProperty().bind(model.noteProperty());
        workLabel.textProperty().bind(model.work().messageProperty());
        workProgress.progressProperty().bind(model.work().progressProperty());
        workProgress.visibleProperty().bind(model.work().runningProperty());
        workProgress.managedProperty().bind(workProgress.visibleProperty());
    }

    @FXML
    private void newPortfolio() {
        model.newPortfolio();
    }

    @FXML
    private void openPortfolio() {
        model.openPortfolio();
    }

    @FXML
    private void importFile() {
        model.importFile();
    }

    @FXML
    private void exportFile() {
        model.exportFile();
    }

    @FXML
    private void changePassword() {
        model.changePassword();
    }

    @FXML
    private void removePassword() {
        model.removePassword();
    }

    @FXML
    private void backUp() {
        model.backUp();
    }

    @FXML
    private void restore() {
        model.restore();
    }

    @FXML
    private void quit() {
        window.quit();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @FXML
    private void toggleTheme() {
        window.setDarkTheme(darkThemeItem.isSelected());
    }

    @FXML
    private void welcome() {
        welcome.show();
    }

    @FXML
    private void shortcuts() {
        openShortcuts();
    }

    /** Help > Keyboard shortcuts, listing what the menu bar and the sections have installed right now. */
    javafx.stage.Stage openShortcuts() {
        return ShortcutsWindow.show(window.stage(), Shortcuts.collect(menuBar.getMenus(), model.builtSections()),
                darkThemeItem.isSelected());
    }

    /** The welcome card's state, for tests. */
    Welcome welcomePanel() {
        return welcome;
    }

    @FXML
    private void about() {
        window.about();
    }
}
