package io.licensor.service;

import io.licensor.persistence.Database;
import io.licensor.persistence.DatabaseInUseException;
import io.licensor.persistence.DatabaseKeyException;
import io.licensor.persistence.DatabaseTooNewException;
import io.licensor.persistence.PersistenceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opening a portfolio folder (PortfolioService.open): the folder made when absent, the database opened with the
 * password's file key and migrated, persistence's refusals turned into messages a person can act on, default settings
 * for a new portfolio, and the daily backup of an existing one. A failed open removes what it created.
 */
final class PortfolioOpening {
    private PortfolioOpening() {}

    static PortfolioService open(Path folder, char[] password) {
        Path dir = folder.toAbsolutePath().normalize();
        PortfolioFolder before = PortfolioFolder.before(dir);
        if (password == null && PortfolioEncryption.isEncrypted(dir)) {
            throw new PortfolioPasswordException(dir, false, null);
        }
        createFolder(dir);
        Database db;
        try {
            db = openDatabase(dir, password);
        } catch (RuntimeException e) {
            before.removeWhatWasCreatedAfter(e);
            throw e;
        }
        PortfolioService service = new PortfolioService(dir, db);
        try {
            db.write(r -> {
                if (r.settings().find().isEmpty()) {
                    r.settings().save(DefaultSettings.forFolder(dir));
                }
                return null;
            });
        } catch (RuntimeException e) {
            service.close();
            throw new PortfolioOpenException(dir, "Cannot set up the portfolio in " + dir + ": " + e.getMessage(), e);
        }
        if (before.portfolioExisted()) {
            Backups.daily(service, java.time.LocalDateTime.now()); // the rolling daily backup (decision 0085)
        }
        return service;
    }

    private static Database openDatabase(Path dir, char[] password) {
        try {
            return Database.open(dir, PortfolioPassword.fileKey(password));
        } catch (DatabaseKeyException e) {
            throw new PortfolioPasswordException(dir, e.wrongKey(), e);
        } catch (DatabaseInUseException e) {
            throw new PortfolioInUseException(dir, e);
        } catch (DatabaseTooNewException e) {
            throw new PortfolioTooNewException(dir, e.databaseVersion(), e.appVersion(), e);
        } catch (PersistenceException e) {
            throw new PortfolioOpenException(dir, "Cannot open the portfolio in " + dir + ": " + e.getMessage()
                    + ". Check that the folder is readable and writable and holds a Licensor portfolio.", e);
        }
    }

    private static void createFolder(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new PortfolioOpenException(dir, dir + " is a file, not a portfolio folder. Choose a folder.", null);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PortfolioOpenException(dir, "Cannot create the portfolio folder " + dir + ": " + e.getMessage()
                    + ". Check the permissions of its parent folder.", e);
        }
    }
}
