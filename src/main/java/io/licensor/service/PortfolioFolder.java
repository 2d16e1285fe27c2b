package io.licensor.service;

import io.licensor.persistence.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a portfolio folder held before an operation that may create a portfolio in it, so a failed creation can be
 * undone without touching anything that was there before.
 */
final class PortfolioFolder {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioFolder.class);

    private final Path folder;
    private final boolean folderExisted;
    private final boolean portfolioExisted;

    private PortfolioFolder(Path folder, boolean folderExisted, boolean portfolioExisted) {
        this.folder = folder;
        this.folderExisted = folderExisted;
        this.portfolioExisted = portfolioExisted;
    }

    static PortfolioFolder before(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        return new PortfolioFolder(dir, Files.exists(dir), holdsPortfolio(dir));
    }

    /** True when the folder held a portfolio before. */
    boolean portfolioExisted() {
        return portfolioExisted;
    }

    /** True when the folder holds a portfolio database. */
    static boolean holdsPortfolio(Path folder) {
        return Files.exists(folder.resolve(Database.FILE_BASE_NAME + ".mv.db"));
    }

    /**
     * Undoes a failed creation: removes the database files (and the folder, when it was created) if there was no
     * portfolio before. Not when the failure was "in use": then another process created the portfolio meanwhile
     * and it is theirs.
     */
    void removeWhatWasCreatedAfter(RuntimeException failure) {
        if (!(failure instanceof PortfolioInUseException)) {
            removeWhatWasCreated();
        }
    }

    private void removeWhatWasCreated() {
        if (portfolioExisted || (folderExisted && !Files.isDirectory(folder))) {
            return;
        }
        try {
            if (!folderExisted) {
                deleteTree(folder);
            } else {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(f -> f.getFileName().toString()
                            .startsWith(Database.FILE_BASE_NAME + ".")).toList()) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the portfolio created in {}", folder, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }
}
