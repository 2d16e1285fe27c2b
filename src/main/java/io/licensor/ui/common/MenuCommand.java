package io.licensor.ui.common;

import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * A command a feature adds to the main window's menu bar (File > Import statement... with Ctrl+I), so a feature needs
 * no change to the shell. Registered by listing the class in {@code META-INF/services/io.licensor.ui.common.MenuCommand}
 * (public no-argument constructor). The shell adds one item per command to its menu, enabled while a portfolio is
 * open; its accelerator works whichever section is shown. File items go above Quit, after the shell's own.
 */
public interface MenuCommand {

    /** The menus of the menu bar. */
    enum Menu { FILE, EDIT, VIEW, HELP }

    Menu menu();

    /** The item's words, with an underscore before the mnemonic ("Import _statement..."). */
    String text();

    /** The keyboard shortcut, or null for none. */
    KeyCombination accelerator();

    /** Where the item goes among the contributed items of its menu, smaller first. */
    default int order() {
        return 100;
    }

    /**
     * Runs the command for the open portfolio, on the FX thread.
     *
     * @param context     the open portfolio
     * @param owner       the main window, to own the windows and dialogs the command opens
     * @param dataChanged call it (on the FX thread) after the command changed the portfolio's data, so the section
     *                    on screen shows it
     */
    void run(PortfolioContext context, Window owner, Runnable dataChanged);
}
