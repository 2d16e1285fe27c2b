package io.licensor.persistence;

/** The database file is locked by another process (or already open in this one). */
public class DatabaseInUseException extends PersistenceException {
    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
