package io.licensor.ui.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the shell needs to know about portfolio folders before it opens one. */
final class PortfolioFolders {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioFolders.class);
    /** The database file the persistence layer keeps in a portfolio folder. */
    static final String DATABASE_FILE = "licensor.mv.db";

    private PortfolioFolders() {}

    static boolean holdsPortfolio(Path folder) {
        return folder != null && Files.isRegularFile(folder.resolve(DATABASE_FILE));
    }

    /**
     * Removes what a refused import created: the whole folder when it did not exist before, else only the files in
     * it (it was empty when chosen). Best effort: a leftover is logged, the user's refusal message still shows.
     */
    static void removeCreated(Path folder, boolean existedBefore) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(folder) || !existedBefore) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the portfolio created in {} for a refused import", folder, e);
        }
    }
}
