package io.licensor.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Help > Keyboard shortcuts in the real main window on the demo portfolio (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class ShortcutsFxTest {
    @TempDir static Path home;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ShellModel shell;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(home.resolve("settings")),
                ShellModel.installedSections());
        window = MainWindow.show(stage, shell, dialogs, () -> { });
        stage.setWidth(1280);
        stage.setHeight(800);
        shell.start(home.resolve("default"));
    }

    @AfterEach
    void closeAll() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            Window.getWindows().stream().filter(w -> w != window.stage()).toList().forEach(Window::hide);
            shell.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private void waitForPortfolio() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.service().isPresent() && !shell.work().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<String, Map<String, String>> collected() throws Exception {
        MenuBar bar = (MenuBar) window.scene().lookup("#menuBar");
        List<Shortcuts.Group> groups = WaitForAsyncUtils.asyncFx(() -> Shortcuts.collect(bar.getMenus(),
                shell.builtSections())).get(10, TimeUnit.SECONDS);
        return groups.stream().collect(Collectors.toMap(Shortcuts.Group::title, g -> g.shortcuts().stream()
                .collect(Collectors.toMap(Shortcuts.Shortcut::keys, Shortcuts.Shortcut::what))));
    }

    @Test
    void theListHoldsTheFileMenusAcceleratorsAndTheAssetRegistersOwn() throws Exception {
        waitForPortfolio();
        Map<String, Map<String, String>> groups = collected();

        assertThat(groups.get("File menu (anywhere)")).containsEntry("Ctrl+O", "Open portfolio")
                .containsEntry("Ctrl+I", "Import statement").containsEntry("Ctrl+Q", "Quit");
        assertThat(groups.get("Edit menu (anywhere)")).containsEntry("Ctrl+Z", "Undo");
        assertThat(groups.get("In Assets")).containsEntry("Ctrl+N", "Add an asset")
                .containsEntry("Ctrl+F", "Search").containsEntry("Ctrl+S", "Save the changes");
        assertThat(groups.get("In Licenses")).containsEntry("Ctrl+N", "Add a license");
        // a section without shortcuts gets no empty group
        assertThat(groups).doesNotContainKey("In Dashboard");
    }

    @Test
    void everyAcceleratorOfTheMenuBarIsListed() throws Exception {
        waitForPortfolio();
        MenuBar bar = (MenuBar) window.scene().lookup("#menuBar");
        List<String> accelerators = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i.getAccelerator() != null).map(i -> i.getAccelerator().getDisplayText()).toList();
        List<String> listed = collected().entrySet().stream().filter(e -> e.getKey().endsWith("(anywhere)"))
                .flatMap(e -> e.getValue().keySet().stream()).toList();

        assertThat(accelerators).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(accelerators);
    }

    @Test
    void helpKeyboardShortcutsOpensAWindowShowingThem(FxRobot robot) throws Exception {
        waitForPortfolio();
        robot.clickOn("Help").clickOn("Keyboard shortcuts");
        WaitForAsyncUtils.waitForFxEvents();

        Stage shortcuts = (Stage) robot.window(ShortcutsWindow.TITLE);
        List<String> texts = robot.from(shortcuts.getScene().getRoot()).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList();
        assertThat(texts).contains("In Assets", "Add an asset", "Ctrl+N", "Ctrl+F", "File menu (anywhere)",
                "Open portfolio", "Ctrl+O", "Import statement", "Ctrl+I", "Quit", "Ctrl+Q");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shortcuts.isShowing()).isFalse();
    }

    @Test
    void ctrlSlashOpensTheListToo(FxRobot robot) throws Exception {
        waitForPortfolio();
        robot.clickOn(".navigation-list");
        robot.press(KeyCode.CONTROL, KeyCode.SLASH).release(KeyCode.SLASH, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).anyMatch(w -> w instanceof Stage s && s.isShowing()
                && ShortcutsWindow.TITLE.equals(s.getTitle()));
    }

    @Test
    void sectionShortcutsAreDescribedByTheTooltipThatNamesThemElseByWhatTheKeyUsuallyDoes() throws Exception {
        WaitForAsyncUtils.asyncFx(this::describeOnFxThread).get(10, TimeUnit.SECONDS);
    }

    private void describeOnFxThread() {
        var add = new javafx.scene.control.Button("Add");
        add.setTooltip(new javafx.scene.control.Tooltip("Record a cost or recovery (Ctrl+N)"));
        var bar = new javafx.scene.control.ToolBar(add);
        var ctrlN = javafx.scene.input.KeyCombination.keyCombination("Ctrl+N");
        var ctrlS = javafx.scene.input.KeyCombination.keyCombination("Ctrl+S");

        assertThat(Shortcuts.describe(ctrlN, new javafx.scene.layout.VBox(bar))).isEqualTo("Record a cost or recovery");
        assertThat(Shortcuts.describe(ctrlS, new javafx.scene.layout.VBox(bar))).isEqualTo("Save the changes");
        assertThat(Shortcuts.words("_Open portfolio...")).isEqualTo("Open portfolio");
    }
}
