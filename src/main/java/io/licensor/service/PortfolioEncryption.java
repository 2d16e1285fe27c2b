package io.licensor.service;

import io.licensor.persistence.Database;
import io.licensor.persistence.DatabaseEncryption;
import io.licensor.persistence.DatabaseInUseException;
import io.licensor.persistence.DatabaseKeyException;
import io.licensor.persistence.PersistenceException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Sets, changes and removes a portfolio's password (docs/decisions/0089). The portfolio must be closed: the
 * database is re-encrypted through a verified copy that replaces it in one atomic rename, never in place.
 */
public final class PortfolioEncryption {
    private PortfolioEncryption() {
    }

    /** True when the portfolio in the folder is encrypted (its database file says so). */
    public static boolean isEncrypted(Path folder) {
        return Database.isEncrypted(folder.toAbsolutePath().normalize());
    }

    /**
     * Changes the password of the closed portfolio in {@code folder}.
     *
     * @param oldPassword its current password, null when it has none
     * @param newPassword the new password, null to remove the password
     * @return the number of rows of each table, verified the same in the re-encrypted copy
     * @throws PortfolioPasswordException when the old password is missing or wrong; nothing was changed
     * @throws PortfolioInUseException when the portfolio is open; nothing was changed
     * @throws PortfolioOpenException when the change failed for another reason; nothing was changed
     */
    public static Map<String, Long> changePassword(Path folder, char[] oldPassword, char[] newPassword) {
        Path dir = folder.toAbsolutePath().normalize();
        String problem = newPassword == null ? null : PortfolioPassword.problem(newPassword);
        if (problem != null) {
            throw new IllegalArgumentException("The new password is not accepted: " + problem + ".");
        }
        try {
            return DatabaseEncryption.change(dir, PortfolioPassword.fileKey(oldPassword),
                    PortfolioPassword.fileKey(newPassword));
        } catch (DatabaseKeyException e) {
            throw new PortfolioPasswordException(dir, e.wrongKey(), e);
        } catch (DatabaseInUseException e) {
            throw new PortfolioInUseException(dir, e);
        } catch (PersistenceException e) {
            throw new PortfolioOpenException(dir, "The password of the portfolio in " + dir + " was not changed: "
                    + e.getMessage() + ".", e);
        }
    }
}
