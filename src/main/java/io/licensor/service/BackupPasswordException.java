package io.licensor.service;

import java.nio.file.Path;

/**
 * A backup of a portfolio protected by a password stays encrypted; restoring or checking it needs that password,
 * which was missing or wrong. Nothing was changed. A {@link PortfolioPasswordException}, so the command line exits
 * with the password code and the app asks again.
 */
public class BackupPasswordException extends PortfolioPasswordException {
    private static final long serialVersionUID = 1L;
    private final transient Path zip;

    public BackupPasswordException(Path zip, boolean wrongPassword, Throwable cause) {
        super(zip, wrongPassword, wrongPassword
                ? "The password given does not open the backup " + zip + ", which is protected by the password the "
                        + "portfolio had when it was backed up. Check it and try again; nothing was changed."
                : "The backup " + zip + " is protected by a password (the portfolio's password when it was backed "
                        + "up) and none was given. Give that password to restore it; nothing was changed.",
                cause);
        this.zip = zip;
    }

    /** The backup zip that needs the password. */
    public Path zip() {
        return zip;
    }
}
