package io.licensor.persistence;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

/** The newest schema version in the database against the newest this app's migrations reach. */
record SchemaVersions(MigrationVersion databaseVersion, MigrationVersion appVersion, boolean databaseIsNewer) {

    static SchemaVersions of(MigrationInfoService info) {
        MigrationVersion database = MigrationVersion.EMPTY;
        MigrationVersion app = MigrationVersion.EMPTY;
        boolean newer = false;
        for (MigrationInfo m : info.all()) {
            MigrationVersion v = m.getVersion();
            if (v == null) {
                continue; // repeatable migrations have no version
            }
            if (m.getState().isApplied() && v.compareTo(database) > 0) {
                database = v;
            }
            if (m.getState().isResolved() && v.compareTo(app) > 0) {
                app = v;
            }
            // applied here but unknown to this app and above its newest migration: written by a newer version
            newer |= m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
        }
        return new SchemaVersions(database, app, newer);
    }

    /** True when the database holds data of an older schema that Flyway is about to upgrade. */
    boolean hasPendingUpgrade() {
        return !databaseVersion.equals(MigrationVersion.EMPTY) && databaseVersion.compareTo(appVersion) < 0;
    }

    String database() {
        return databaseVersion.getVersion();
    }

    String app() {
        return appVersion.getVersion();
    }
}
