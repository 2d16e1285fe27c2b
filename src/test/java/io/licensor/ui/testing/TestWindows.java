package io.licensor.ui.testing;

import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.SectionProvider;
import io.licensor.ui.shell.DesktopSettings;
import io.licensor.ui.shell.MainWindow;
import io.licensor.ui.shell.ShellModel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window as the UI tests show it: the production sections, desktop settings read from a test file,
 * scripted dialogs, 1280 x 800. The test opens its portfolio itself.
 */
public final class TestWindows {
    private TestWindows() {}

    /** Shows the main window on {@code stage} (call from a TestFX {@code @Start}); returns its shell model. */
    public static ShellModel show(Stage stage, ScriptedDialogs dialogs, Path settingsFile) {
        return show(stage, dialogs, settingsFile, ShellModel.installedSections());
    }

    /** The same with only the given sections (a section built with a fixed clock, for example). */
    public static ShellModel show(Stage stage, ScriptedDialogs dialogs, Path settingsFile,
            List<SectionProvider> sections) {
        ShellModel shell = new ShellModel(dialogs, new BackgroundWork(), DesktopSettings.load(settingsFile), sections);
        MainWindow.show(stage, shell, dialogs, () -> { });
        stage.setWidth(1280);
        stage.setHeight(800);
        return shell;
    }

    /** Closes the shell's portfolio on the FX thread and waits for it (an {@code @AfterEach}). */
    public static void close(ShellModel shell) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> shell.close()).get(10, TimeUnit.SECONDS);
    }
}
