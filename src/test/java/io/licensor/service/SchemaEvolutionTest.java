package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.BackupManifest;
import io.licensor.persistence.BackupArchive;
import io.licensor.persistence.DatabaseUrls;
import io.licensor.testing.Normalised;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio saved by the first released data format (schema V1, the fixture fixtures/portfolio-v1-demo.zip holding
 * the demo portfolio, made once by persistence.V1FixtureWriter) opened by this version: it is backed up first, then
 * upgraded, and every value of the demo is still there.
 */
class SchemaEvolutionTest {
    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void copyOfTheFixture() throws IOException {
        folder = Files.createDirectories(temp.resolve("old"));
        try (InputStream in = SchemaEvolutionTest.class.getResourceAsStream("/fixtures/portfolio-v1-demo.zip");
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                Files.copy(zip, folder.resolve(e.getName()));
            }
        }
    }

    private List<String> appliedVersions(Path dir) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(DatabaseUrls.of(dir), "licensor", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\" "
                        + "WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    @Test
    void theFixtureIsOfTheFirstDataFormatOnly() throws SQLException {
        assertThat(appliedVersions(folder)).containsExactly("1");
    }

    @Test
    void openingUpgradesItAfterABackupAndEveryValueOfTheDemoIsIntact() throws Exception {
        try (PortfolioService s = PortfolioService.open(folder)) {
            assertThat(Normalised.of(s.snapshot())).isEqualTo(Normalised.of(DemoPortfolio.bundled()));
            assertThat(s.isDemo()).isTrue();
            new Scenarios(s).save(ScenarioStarts.article(DemoPortfolio.ARTICLE_LICENSE)); // the V2 table works
            assertThat(new Scenarios(s).all()).hasSize(1);
        }
        assertThat(appliedVersions(folder)).containsExactly("1", "2", "3");

        List<Path> upgrades = preUpgradeBackups();
        assertThat(upgrades).hasSize(1);
        assertThat(upgrades.get(0).getFileName().toString()).endsWith("-before-upgrade-v1-to-v3.zip");
        BackupManifest m = BackupArchive.check(upgrades.get(0));
        assertThat(m.schemaVersion()).isEqualTo("1");
        assertThat(m.reason()).isEqualTo("before upgrading data format 1 to 3");
    }

    @Test
    void thePreUpgradeBackupHoldsTheOldFormatAndRestoresToTheSameValues() throws Exception {
        PortfolioService.open(folder).close();
        Path backup = preUpgradeBackups().get(0);
        Path extracted = Files.createDirectories(temp.resolve("extracted"));
        BackupArchive.extract(backup, extracted);
        assertThat(appliedVersions(extracted)).containsExactly("1");

        Restore.restore(backup, temp.resolve("restored"));
        try (PortfolioService s = PortfolioService.open(temp.resolve("restored"))) {
            assertThat(Normalised.of(s.snapshot())).isEqualTo(Normalised.of(DemoPortfolio.bundled()));
        }
    }

    @Test
    void whenTheBackupCannotBeTakenTheUpgradeDoesNotRunAndNothingChanges() throws Exception {
        Files.writeString(folder.resolve(Backups.FOLDER), "a file where the backup folder should be");
        assertThatThrownBy(() -> PortfolioService.open(folder)).isInstanceOf(PortfolioOpenException.class)
                .hasMessageContaining("cannot back up the database before upgrading its data format 1 to 3");
        assertThat(appliedVersions(folder)).containsExactly("1");
    }

    @Test
    void anUpToDatePortfolioIsNotBackedUpAgainForAnUpgrade() throws Exception {
        PortfolioService.open(folder).close();
        PortfolioService.open(folder).close();
        assertThat(preUpgradeBackups()).hasSize(1);
    }

    private List<Path> preUpgradeBackups() throws IOException {
        try (var files = Files.list(folder.resolve(Backups.FOLDER))) {
            return files.filter(p -> p.getFileName().toString().contains("-before-upgrade-")).toList();
        }
    }
}
