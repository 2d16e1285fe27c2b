package io.licensor.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the shell needs to know about a folder before it opens one. */
final class PortfolioFolders {
    /** The database file the persistence layer keeps in a portfolio folder (docs/persistence.md). */
    static final String DATABASE_FILE = "licensor.mv.db";

    private PortfolioFolders() {}

    static boolean holdsPortfolio(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve(DATABASE_FILE));
    }
}
