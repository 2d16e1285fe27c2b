package io.licensor.ui.imports;

import io.licensor.ui.common.MenuCommand;
import io.licensor.ui.common.PortfolioContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * File > Import statement... (Ctrl+I), registered in META-INF/services/io.licensor.ui.common.MenuCommand; the shortcut
 * works in every section, the Receipts section included. Sections that know a license (the Receipts section) can
 * open the wizard with it preselected through {@link ImportWizard#open}.
 */
public final class ImportStatementCommand implements MenuCommand {

    /** Ctrl+I (Cmd+I on macOS). */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

    @Override
    public Menu menu() {
        return Menu.FILE;
    }

    @Override
    public String text() {
        return "Import _statement...";
    }

    @Override
    public KeyCombination accelerator() {
        return SHORTCUT;
    }

    @Override
    public void run(PortfolioContext context, Window owner, Runnable dataChanged) {
        ImportWizard.open(context, owner, null, dataChanged);
    }
}
