package io.licensor.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The automatic backup taken before Flyway upgrades an existing database to a newer schema, into
 * {@code <folder>/backups/}. If it cannot be taken the upgrade does not run: nothing is changed without a way back.
 */
final class PreMigrationBackup {
    /** The folder of a portfolio's automatic backups. */
    static final String FOLDER = "backups";
    private static final Logger LOG = LoggerFactory.getLogger(PreMigrationBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private PreMigrationBackup() {}

    static Path take(JdbcConnectionPool pool, Path folder, SchemaVersions versions) {
        Path out = folder.resolve(FOLDER).resolve("licensor-" + LocalDateTime.now().format(STAMP)
                + "-before-upgrade-v" + versions.database() + "-to-v" + versions.app() + ".zip");
        try (Connection c = pool.getConnection()) {
            OnlineBackup.write(c, out, versions.database(), "before upgrading data format " + versions.database()
                    + " to " + versions.app(), false);
            LOG.info("Backed up {} before upgrading its data format {} to {}: {}", folder, versions.database(),
                    versions.app(), out);
            return out;
        } catch (SQLException | PersistenceException e) {
            throw new PersistenceException("cannot back up the database before upgrading its data format "
                    + versions.database() + " to " + versions.app() + ", so it was left as it was: "
                    + e.getMessage(), e);
        }
    }
}
