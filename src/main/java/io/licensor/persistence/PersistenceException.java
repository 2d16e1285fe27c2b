package io.licensor.persistence;

/** The database failed in a way the caller cannot fix by changing its input (disk, corruption, a bug). */
public class PersistenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PersistenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
