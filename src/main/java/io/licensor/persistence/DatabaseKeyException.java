package io.licensor.persistence;

import java.nio.file.Path;

/** The database file is encrypted and the key was missing or wrong; nothing was opened or changed. */
public class DatabaseKeyException extends PersistenceException {
    private static final long serialVersionUID = 1L;
    private final boolean wrongKey;

    public DatabaseKeyException(Path folder, boolean wrongKey, Throwable cause) {
        super(wrongKey ? "the password does not open the encrypted database in " + folder
                : "the database in " + folder + " is encrypted and needs a password", cause);
        this.wrongKey = wrongKey;
    }

    /** True when a key was given but does not open the file; false when none was given. */
    public boolean wrongKey() {
        return wrongKey;
    }
}
