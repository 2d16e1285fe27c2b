package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.BackupManifest;
import io.licensor.testing.Normalised;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of an open portfolio, the daily rolling backup and its pruning (decision 0085). */
class BackupsTest {
    @TempDir
    Path temp;

    @Test
    void aBackupOfTheDemoRestoresEveryValueIntoAnEmptyFolder() {
        Path zip = temp.resolve("demo.zip");
        BackupManifest made;
        io.licensor.model.Portfolio before;
        try (PortfolioService demo = DemoPortfolio.install(temp.resolve("demo"))) {
            before = demo.snapshot();
            made = Backups.create(demo, zip);
        }
        assertThat(made.count("assets")).isEqualTo(before.assets().size());
        assertThat(made.count("receipts")).isEqualTo(before.receipts().size());
        assertThat(made.schemaVersion()).isEqualTo("3");
        assertThat(made.databaseSha256()).hasSize(64);

        Restore.Outcome restored = Restore.restore(zip, temp.resolve("copy"));
        assertThat(restored.previousState()).isEmpty();
        try (PortfolioService copy = PortfolioService.open(temp.resolve("copy"))) {
            assertThat(Normalised.of(copy.snapshot())).isEqualTo(Normalised.of(before));
            assertThat(copy.isDemo()).isTrue();
            assertThat(new Scenarios(copy).all()).hasSize(1);
        }
    }

    @Test
    void aBackupIsTakenWhileThePortfolioStaysOpenAndUsable() {
        try (PortfolioService s = PortfolioService.open(temp.resolve("p"))) {
            s.saveAsset(Asset.of("A1", "Before the backup", AssetType.PATENT));
            Backups.create(s, temp.resolve("b.zip"));
            s.saveAsset(Asset.of("A2", "After the backup", AssetType.PATENT));
            assertThat(s.assets()).hasSize(2);
        }
        Restore.restore(temp.resolve("b.zip"), temp.resolve("q"));
        try (PortfolioService q = PortfolioService.open(temp.resolve("q"))) {
            assertThat(q.assets()).extracting(Asset::id).containsExactly("A1");
        }
    }

    @Test
    void openingAnExistingPortfolioTakesOneDailyBackupAndOnlyOneADay() throws IOException {
        Path folder = temp.resolve("p");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "Kept", AssetType.PATENT));
        }
        assertThat(folder.resolve(Backups.FOLDER)).doesNotExist(); // a brand-new portfolio has nothing to keep yet
        try (PortfolioService s = PortfolioService.open(folder)) {
            assertThat(Backups.list(s)).hasSize(1).allMatch(p -> p.getFileName().toString().endsWith("-daily.zip"));
        }
        try (PortfolioService s = PortfolioService.open(folder)) {
            assertThat(Backups.list(s)).hasSize(1);
            assertThat(io.licensor.persistence.BackupArchive.check(Backups.list(s).get(0)).count("assets"))
                    .isEqualTo(1);
        }
    }

    @Test
    void dailyBackupsBeyondTheNumberToKeepAreRemovedOldestFirst() throws IOException {
        try (PortfolioService s = PortfolioService.open(temp.resolve("p"))) {
            Backups.setKeep(s, 3);
            LocalDateTime day = LocalDateTime.of(2026, 11, 1, 9, 0);
            for (int i = 0; i < 5; i++) {
                assertThat(Backups.daily(s, day.plusDays(i))).isPresent();
                assertThat(Backups.daily(s, day.plusDays(i).plusHours(3))).as("second on the same day").isEmpty();
            }
            assertThat(Backups.list(s)).extracting(p -> p.getFileName().toString().substring(9, 19))
                    .containsExactly("2026-11-05", "2026-11-04", "2026-11-03");
            assertThat(Backups.keep(s)).isEqualTo(3);
        }
    }

    @Test
    void aPortfolioKeepsSevenDailyBackupsUnlessToldOtherwise() {
        try (PortfolioService s = PortfolioService.open(temp.resolve("p"))) {
            assertThat(Backups.keep(s)).isEqualTo(Backups.DEFAULT_KEEP).isEqualTo(7);
        }
    }

    @Test
    void leftoversOfABackupCutShortAreRemovedAndNeverListed() throws IOException {
        try (PortfolioService s = PortfolioService.open(temp.resolve("p"))) {
            Path dir = Files.createDirectories(Backups.folderOf(s));
            Files.writeString(dir.resolve("licensor-2026-11-01-090000-daily.zip.part"), "half");
            Files.writeString(dir.resolve(".licensor-2026-11-01-090000-daily.zip.h2-123.zip"), "half");
            assertThat(Backups.list(s)).isEmpty();
            Backups.daily(s, LocalDateTime.of(2026, 11, 2, 9, 0));
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertThat(names).containsExactly("licensor-2026-11-02-090000-daily.zip");
            }
        }
    }
}
