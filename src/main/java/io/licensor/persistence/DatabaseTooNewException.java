package io.licensor.persistence;

/** The database was written by a newer version of the app: its schema has migrations this version does not know. */
public class DatabaseTooNewException extends PersistenceException {
    private static final long serialVersionUID = 1L;
    private final String databaseVersion;
    private final String appVersion;

    public DatabaseTooNewException(String databaseVersion, String appVersion) {
        super("the database has schema version " + databaseVersion + " but this app knows only up to " + appVersion,
                null);
        this.databaseVersion = databaseVersion;
        this.appVersion = appVersion;
    }

    /** The newest schema version recorded in the database. */
    public String databaseVersion() {
        return databaseVersion;
    }

    /** The newest schema version this app's migrations reach. */
    public String appVersion() {
        return appVersion;
    }
}
