package io.licensor.persistence;

import io.licensor.model.BackupManifest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file database of one portfolio folder ({@code <folder>/licensor.mv.db}), migrated by Flyway on open.
 * Work runs in units ({@link #read}, {@link #write}) that each get the repositories of one transaction.
 * Writes are serialised and reads never see a write half done, so a snapshot of several tables is consistent.
 * Durability (docs/decisions/0011-durability.md): WRITE_DELAY=0 makes H2 write each commit to the file before the
 * commit returns, so a committed edit survives the process being killed. MAX_COMPACT_TIME=0 skips moving chunks
 * around while closing, the code path of H2 2.3.232's known compaction faults (H2 issues 4086, 4247, 4286).
 */
public final class Database implements AutoCloseable {
    /** The database file's base name inside the portfolio folder (H2 adds {@code .mv.db}). */
    public static final String FILE_BASE_NAME = "licensor";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int FILE_ENCRYPTION_ERROR = 90049;
    private static final String USER = "licensor";
    private static final Set<Path> OPEN_IN_THIS_PROCESS = new HashSet<>();

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final AtomicLong writes = new AtomicLong();
    private final char[] fileKey;
    private final String schemaVersion;
    private boolean closed;

    private Database(Path folder, JdbcConnectionPool pool, char[] fileKey, String schemaVersion) {
        this.folder = folder;
        this.pool = pool;
        this.fileKey = fileKey;
        this.schemaVersion = schemaVersion;
    }

    /**
     * Opens (creating when absent) the database in the folder, which must exist, and migrates it.
     *
     * @throws DatabaseInUseException when another process (or this one) has it open
     * @throws DatabaseTooNewException when a newer app version has migrated it; nothing was changed
     * @throws PersistenceException when it cannot be opened or migrated for any other reason
     */
    public static Database open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating when absent) the database in the folder, encrypted with {@code fileKey} (docs/decisions/0088):
     * an existing file is opened as its header says (encrypted or not); a new one is created encrypted when a key is
     * given. The key is used as H2's file password (CIPHER=AES).
     *
     * @throws DatabaseKeyException when the file is encrypted and the key is missing or wrong; nothing was changed
     * @throws DatabaseInUseException when another process (or this one) has it open
     * @throws DatabaseTooNewException when a newer app version has migrated it; nothing was changed
     * @throws PersistenceException when it cannot be opened or migrated for any other reason
     */
    public static Database open(Path folder, char[] fileKey) {
        Path key = folder.toAbsolutePath().normalize();
        if (key.toString().contains(";")) {
            // H2 reads settings after a ';' in the URL: such a path would open some other file
            throw new PersistenceException("the folder " + key + " has a ';' in its path, which the database cannot "
                    + "handle; choose a folder without one", null);
        }
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(key)) {
                throw new DatabaseInUseException("the database in " + key + " is already open in this process", null);
            }
        }
        char[] usedKey;
        try {
            usedKey = DatabaseFiles.keyToUse(key, fileKey);
        } catch (RuntimeException e) {
            forget(key);
            throw e;
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource(key, usedKey));
        pool.setMaxConnections(4);
        try {
            checkOpenable(pool, key);
            String schema = migrate(pool, key);
            return new Database(key, pool, usedKey, schema);
        } catch (RuntimeException e) {
            pool.dispose();
            forget(key);
            throw e;
        }
    }

    /** The JDBC URL of the database in the folder (H2 file database; see the class comment for the settings). */
    static String url(Path folder) {
        return "jdbc:h2:file:" + folder.resolve(FILE_BASE_NAME)
                + ";WRITE_DELAY=0;MAX_COMPACT_TIME=0";
    }

    /**
     * A data source for the database in the folder; with a file key, H2's AES file encryption is on and its trace
     * file is off (the trace file is plain text and could repeat data from a failed statement).
     */
    static JdbcDataSource dataSource(Path folder, char[] fileKey) {
        JdbcDataSource ds = new JdbcDataSource();
        if (fileKey == null) {
            ds.setURL(url(folder));
            ds.setPassword("");
        } else {
            ds.setURL(url(folder) + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
            // H2 reads "filePassword userPassword"; the user password stays empty
            char[] password = java.util.Arrays.copyOf(fileKey, fileKey.length + 1);
            password[fileKey.length] = ' ';
            ds.setPasswordChars(password);
        }
        ds.setUser(USER);
        return ds;
    }

    private static void checkOpenable(JdbcConnectionPool pool, Path folder) {
        try (Connection first = pool.getConnection()) {
            LOG.info("Opened database in {} ({} {})", folder, first.getMetaData().getDatabaseProductName(),
                    first.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new DatabaseInUseException("the database in " + folder + " is open in another process", e);
            }
            if (e.getErrorCode() == FILE_ENCRYPTION_ERROR) {
                throw new DatabaseKeyException(folder, true, e);
            }
            throw new PersistenceException("cannot open the database in " + folder + ": " + firstLine(e), e);
        }
    }

    private static String migrate(JdbcConnectionPool pool, Path folder) {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(pool)
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
        try {
            SchemaVersions versions = SchemaVersions.of(flyway.info());
            if (versions.databaseIsNewer()) {
                throw new DatabaseTooNewException(versions.database(), versions.app());
            }
            if (versions.hasPendingUpgrade()) {
                PreMigrationBackup.take(pool, folder, versions);
            }
            flyway.migrate();
            return versions.app();
        } catch (FlywayException e) {
            throw new PersistenceException("cannot bring the database schema up to date: " + firstLine(e), e);
        }
    }

    /** The data format (newest schema migration) of the open database: this app's newest. */
    public String schemaVersion() {
        return schemaVersion;
    }

    /**
     * Writes a backup zip of the open database ({@link BackupArchive}) to {@code out}, replacing it whole when it is
     * complete. H2's online {@code BACKUP TO} copies the file as of one moment; writes wait meanwhile, so the record
     * counts in the manifest are those of that moment.
     *
     * @param reason a few words for the manifest ("manual", "daily")
     * @throws PersistenceException when the copy cannot be made or written
     */
    public BackupManifest backupTo(Path out, String reason) {
        lock.readLock().lock();
        try {
            requireOpen();
            try (Connection c = pool.getConnection()) {
                return OnlineBackup.write(c, out, schemaVersion, reason, true);
            } catch (SQLException e) {
                throw new PersistenceException("cannot back up the database in " + folder + ": " + firstLine(e), e);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many records of each kind the database holds ("assets", "licenses", "receipts", ...), as in a manifest. */
    public java.util.Map<String, Long> counts() {
        return read(OnlineBackup::counts);
    }

    /** The folder holding the database. */
    public Path folder() {
        return folder;
    }

    /** True when the database is encrypted with exactly this file key (compared in constant time). */
    public boolean keyMatches(char[] key) {
        if (fileKey == null || key == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(
                new String(fileKey).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                new String(key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** True when the database file is encrypted (opened with a file key). */
    public boolean encrypted() {
        return fileKey != null;
    }

    /** True when the folder holds a database file whose header says it is encrypted (docs/decisions/0088). */
    public static boolean isEncrypted(Path folder) {
        return DatabaseFiles.isEncrypted(folder.toAbsolutePath().normalize());
    }

    /** Runs read-only work in one transaction that sees no write half done. */
    public <T> T read(Function<Repositories, T> work) {
        lock.readLock().lock();
        try {
            return inTransaction(work, false);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Runs work in one transaction: all of it is committed, or none of it when it throws. */
    public <T> T write(Function<Repositories, T> work) {
        lock.writeLock().lock();
        try {
            return inTransaction(work, true);
        } finally {
            // counted before the lock is released: a reader that saw the old count read the old data
            writes.incrementAndGet();
            lock.writeLock().unlock();
        }
    }

    /**
     * How many write transactions have run (committed or rolled back). Data read while this number stayed the same
     * is still current: callers keep what they read under the number.
     */
    public long writeCount() {
        return writes.get();
    }

    private <T> T inTransaction(Function<Repositories, T> work, boolean commit) {
        requireOpen();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new JdbcRepositories(c));
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return result;
            } catch (RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("database transaction failed: " + firstLine(e), e);
        }
    }

    private void requireOpen() {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the database in " + folder + " is closed");
            }
        }
    }

    /**
     * Closes the database with SHUTDOWN, which writes everything and stops H2's background threads, so the JVM
     * can exit at once. Safe to call twice.
     */
    @Override
    public void close() {
        shutDown("SHUTDOWN");
    }

    /**
     * Closes the database like {@link #close()}, and rewrites its file without the space that old versions of
     * pages left behind (H2's SHUTDOWN COMPACT: a compressed copy of the live pages is written beside the file and
     * then renamed over it, so a crash meanwhile leaves the old file whole). Takes seconds for a big portfolio: for
     * after bulk writes such as {@code licensor generate}. Safe to call twice.
     */
    public void closeCompacted() {
        shutDown("SHUTDOWN COMPACT");
    }

    private void shutDown(String command) {
        lock.writeLock().lock();
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            // a connection of its own: a pooled one would try to roll back on its way back to the closed pool
            try (Connection c = dataSource(folder, fileKey).getConnection(); Statement s = c.createStatement()) {
                s.execute(command);
            } catch (SQLException e) {
                LOG.warn("{} of the database in {} failed", command, folder, e);
            } finally {
                pool.dispose();
                forget(folder);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void forget(Path key) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            OPEN_IN_THIS_PROCESS.remove(key);
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
