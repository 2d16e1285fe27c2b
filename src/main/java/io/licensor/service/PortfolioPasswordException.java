package io.licensor.service;

import java.nio.file.Path;

/**
 * The portfolio is encrypted and the password was missing or wrong; nothing was opened or changed. Ask again.
 */
public class PortfolioPasswordException extends PortfolioOpenException {
    private static final long serialVersionUID = 1L;
    private final boolean wrongPassword;

    public PortfolioPasswordException(Path folder, boolean wrongPassword, Throwable cause) {
        super(folder, wrongPassword
                ? "The password is wrong for the portfolio in " + folder + ". Check it (capitals, keyboard layout) "
                        + "and try again."
                : "The portfolio in " + folder + " is protected by a password. Give its password to open it.",
                cause);
        this.wrongPassword = wrongPassword;
    }

    /** For a file other than the open portfolio (a backup) that needs a password: the message names it. */
    protected PortfolioPasswordException(Path folder, boolean wrongPassword, String message, Throwable cause) {
        super(folder, message, cause);
        this.wrongPassword = wrongPassword;
    }

    /** True when a password was given but is wrong; false when none was given. */
    public boolean wrongPassword() {
        return wrongPassword;
    }
}
