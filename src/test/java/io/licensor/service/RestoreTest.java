package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.persistence.BackupArchive;
import io.licensor.persistence.DatabaseUrls;
import io.licensor.testing.BackupZips;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Restoring a backup (decision 0086): a good one replaces the portfolio and keeps the state before; a broken,
 * truncated, foreign or too new one is refused naming the zip, and the portfolio stays exactly as it was.
 */
class RestoreTest {
    @TempDir
    Path temp;
    Path folder;
    Path good;

    @BeforeEach
    void portfolioWithABackupAndALaterEdit() {
        folder = temp.resolve("p");
        good = temp.resolve("good.zip");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "In the backup", AssetType.PATENT));
            Backups.create(s, good);
            s.saveAsset(Asset.of("A2", "Added after the backup", AssetType.DESIGN));
        }
    }

    private Portfolio current() {
        try (PortfolioService s = PortfolioService.open(folder)) {
            return s.snapshot();
        }
    }

    @Test
    void aGoodBackupReplacesThePortfolioAndTheStateBeforeIsKeptAsABackup() {
        Restore.Outcome done = Restore.restore(good, folder);
        assertThat(current().assets()).extracting(Asset::id).containsExactly("A1");
        Path previous = done.previousState().orElseThrow();
        assertThat(previous.getParent()).isEqualTo(folder.toAbsolutePath().resolve("backups"));
        assertThat(previous.getFileName().toString()).endsWith("-before-restore.zip");

        Restore.restore(previous, folder); // and the restore itself can be taken back
        assertThat(current().assets()).extracting(Asset::id).containsExactly("A1", "A2");
    }

    @Test
    void checkingABackupTouchesNoPortfolioAndReportsWhatItHolds() {
        assertThat(Restore.check(good).count("assets")).isEqualTo(1);
        assertThat(current().assets()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated to half            | the zip is damaged or cut short
            cut just before its end      | the zip is damaged or cut short
            a byte changed in the middle | damaged
            not a zip at all             | the zip is damaged or cut short
            a zip of something else      | this zip is not a Licensor backup
            a manifest of another format | this zip is not a Licensor backup
            a newer backup layout        | the backup was written by a newer Licensor
            a checksum that does not fit | does not match the checksum in its manifest
            record counts that differ    | holds 1 assets where its manifest says 5
            an H2 database of another app| cannot be opened as a Licensor portfolio
            random bytes as the database | cannot be opened as a Licensor portfolio
            a portfolio of a newer format| made by a newer version of Licensor
            no such file                 | there is no such file
            """)
    void aBadBackupIsRefusedNamingTheZipAndThePortfolioStaysAsItWas(String bad, String expected) throws Exception {
        Portfolio before = current();
        long filesBefore = filesIn(folder);
        Path zip = badBackup(bad.strip());
        assertThatThrownBy(() -> Restore.restore(zip, folder))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageStartingWith(zip.toString())
                .hasMessageContaining(expected.strip());
        assertThat(current()).isEqualTo(before);
        assertThat(filesIn(folder)).as("no staging folder or partial file left behind").isEqualTo(filesBefore);
    }

    private Path badBackup(String kind) throws Exception {
        Path zip = temp.resolve(kind.replace(' ', '-') + ".zip");
        byte[] db = Files.readAllBytes(folder.resolve("licensor.mv.db"));
        return switch (kind) {
            case "truncated to half" -> BackupZips.truncated(good, zip, Files.size(good) / 2);
            case "cut just before its end" -> BackupZips.truncated(good, zip, Files.size(good) - 10);
            case "a byte changed in the middle" -> BackupZips.withByteFlipped(good, zip, Files.size(good) / 3);
            case "not a zip at all" -> Files.writeString(zip, "assets,licenses\n1,2\n");
            case "a zip of something else" -> BackupZips.withEntries(zip, Map.of("readme.txt", "holiday photos"));
            case "a manifest of another format" -> BackupZips.of(zip, db, Map.of("format", "someone-elses-backup"));
            case "a newer backup layout" -> BackupZips.of(zip, db, Map.of("version", "2"));
            case "a checksum that does not fit" -> BackupZips.of(zip, db, Map.of("database.sha256", "00"));
            case "record counts that differ" -> BackupZips.of(zip, backupDatabaseOf(good), Map.of("count.assets",
                    "5"));
            case "an H2 database of another app" -> BackupZips.of(zip, foreignH2Database(), Map.of());
            case "random bytes as the database" -> BackupZips.of(zip, new java.util.Random(7).ints(4096, 0, 256)
                    .collect(java.io.ByteArrayOutputStream::new, (o, b) -> o.write(b), (a, b) -> { })
                    .toByteArray(), Map.of());
            case "a portfolio of a newer format" -> BackupZips.of(zip, newerFormatDatabase(), Map.of());
            case "no such file" -> temp.resolve("missing.zip");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private byte[] backupDatabaseOf(Path zip) throws IOException {
        Path dir = Files.createTempDirectory(temp, "x");
        BackupArchive.extract(zip, dir);
        return Files.readAllBytes(dir.resolve("licensor.mv.db"));
    }

    private byte[] foreignH2Database() throws SQLException, IOException {
        Path dir = Files.createTempDirectory(temp, "foreign");
        try (Connection c = DriverManager.getConnection(DatabaseUrls.of(dir), "licensor", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, name VARCHAR(100))");
            s.execute("INSERT INTO photo VALUES (1, 'beach')");
            s.execute("SHUTDOWN");
        }
        return Files.readAllBytes(dir.resolve("licensor.mv.db"));
    }

    private byte[] newerFormatDatabase() throws SQLException, IOException {
        Path dir = Files.createTempDirectory(temp, "newer");
        PortfolioService.open(dir).close();
        try (Connection c = DriverManager.getConnection(DatabaseUrls.of(dir), "licensor", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '999', 'future', 'SQL', 'V999__future.sql', 1, 'licensor', "
                    + "CURRENT_TIMESTAMP, 5, TRUE)");
            s.execute("SHUTDOWN");
        }
        return Files.readAllBytes(dir.resolve("licensor.mv.db"));
    }

    private static long filesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.count();
        }
    }

    @Test
    void aPortfolioOpenInThisProcessIsNotReplaced() {
        try (PortfolioService open = PortfolioService.open(folder)) {
            assertThatThrownBy(() -> Restore.restore(good, folder)).isInstanceOf(PortfolioInUseException.class);
            assertThat(open.assets()).hasSize(2);
        }
    }

    @Test
    void aDamagedPortfolioIsKeptAsAPlainCopyAndTheBackupPutInItsPlace() throws IOException {
        Path damaged = folder.resolve("licensor.mv.db");
        Files.write(damaged, new byte[] {1, 2, 3, 4, 5});
        Restore.Outcome done = Restore.restore(good, folder);
        assertThat(done.previousState().orElseThrow()).hasBinaryContent(new byte[] {1, 2, 3, 4, 5});
        assertThat(current().assets()).extracting(Asset::id).containsExactly("A1");
    }
}
