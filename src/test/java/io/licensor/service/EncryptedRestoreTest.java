package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Restoring the backup of a portfolio protected by a password (decisions 0086, 0088): the backup stays encrypted, so
 * its password opens it; without it or with a wrong one the restore is refused saying so, and nothing changes.
 */
class EncryptedRestoreTest {
    private static final char[] PASSWORD = "correct horse".toCharArray();

    @TempDir
    Path temp;
    Path folder;
    Path zip;
    Portfolio backedUp;

    @BeforeEach
    void encryptedDemoBackedUpThenEdited() {
        folder = temp.resolve("p");
        zip = temp.resolve("locked.zip");
        try (PortfolioService s = PortfolioService.open(folder, PASSWORD)) {
            s.importPortfolio(DemoPortfolio.bundled());
            backedUp = s.snapshot();
            Backups.create(s, zip);
            s.saveAsset(Asset.of("LATER", "Added after the backup", AssetType.DESIGN));
        }
    }

    private Portfolio current(char[] password) {
        try (PortfolioService s = PortfolioService.open(folder, password)) {
            return s.snapshot();
        }
    }

    @Test
    void restoringWithItsPasswordGivesBackEveryValueAndThePortfolioStaysEncrypted() {
        Portfolio edited = current(PASSWORD);
        Restore.Outcome done = Restore.restore(zip, folder, PASSWORD);

        assertThat(current(PASSWORD)).isEqualTo(backedUp);
        assertThat(PortfolioEncryption.isEncrypted(folder)).isTrue();
        assertThat(done.restored().count("assets")).isEqualTo(backedUp.assets().size());
        Path previous = done.previousState().orElseThrow();
        assertThat(previous.getFileName().toString()).as("the same password opened the current portfolio")
                .endsWith("-before-restore.zip");
        Restore.restore(previous, folder, PASSWORD); // and it can be taken back the same way
        assertThat(current(PASSWORD)).isEqualTo(edited);
    }

    @Test
    void checkingAProtectedBackupTakesItsPassword() {
        assertThat(Restore.check(zip, PASSWORD).count("assets")).isEqualTo(backedUp.assets().size());
        assertThatThrownBy(() -> Restore.check(zip)).isInstanceOf(BackupPasswordException.class)
                .hasMessageContaining("is protected by a password").hasMessageContaining("none was given");
    }

    @ParameterizedTest(name = "password: {0}")
    @CsvSource(textBlock = """
            '',             false, is protected by a password
            horse correct,  true,  does not open the backup
            """)
    void withoutOrWithAWrongPasswordTheRestoreIsRefusedAndNothingChanges(String given, boolean wrong,
            String message) throws IOException {
        char[] password = given.isEmpty() ? null : given.toCharArray();
        Portfolio edited = current(PASSWORD);
        byte[] file = Files.readAllBytes(folder.resolve("licensor.mv.db"));

        assertThatThrownBy(() -> Restore.restore(zip, folder, password))
                .isInstanceOfSatisfying(BackupPasswordException.class, e -> {
                    assertThat(e.wrongPassword()).isEqualTo(wrong);
                    assertThat(e.zip()).isEqualTo(zip);
                })
                .hasMessageContaining(zip.toString()).hasMessageContaining(message)
                .hasMessageContaining("nothing was changed");

        assertThat(Files.readAllBytes(folder.resolve("licensor.mv.db"))).isEqualTo(file);
        assertThat(current(PASSWORD)).isEqualTo(edited);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".restoring-") || n.contains("before-restore"));
        }
    }

    @Test
    void aRefusedRestoreIntoANewFolderLeavesNoFolderBehind() {
        Path fresh = temp.resolve("fresh");
        assertThatThrownBy(() -> Restore.restore(zip, fresh)).isInstanceOf(BackupPasswordException.class);
        assertThat(fresh).doesNotExist();
        Restore.restore(zip, fresh, PASSWORD);
        try (PortfolioService s = PortfolioService.open(fresh, PASSWORD)) {
            assertThat(s.snapshot()).isEqualTo(backedUp);
        }
    }

    @Test
    void aCurrentPortfolioWithAnotherPasswordIsKeptAsACopyOfItsEncryptedFile() throws IOException {
        PortfolioEncryption.changePassword(folder, PASSWORD, "another one".toCharArray());
        byte[] file = Files.readAllBytes(folder.resolve("licensor.mv.db"));

        Restore.Outcome done = Restore.restore(zip, folder, PASSWORD);

        Path previous = done.previousState().orElseThrow();
        assertThat(previous.getFileName().toString()).endsWith("-before-restore-unreadable.mv.db");
        assertThat(Files.readAllBytes(previous)).isEqualTo(file);
        assertThat(current(PASSWORD)).isEqualTo(backedUp);
    }

    @Test
    void aPasswordGivenForABackupWithoutOneIsNotUsed() {
        Path plainFolder = temp.resolve("plain");
        Path plainZip = temp.resolve("plain.zip");
        try (PortfolioService s = PortfolioService.open(plainFolder)) {
            s.saveAsset(Asset.of("A1", "Plain", AssetType.PATENT));
            Backups.create(s, plainZip);
        }
        Restore.restore(plainZip, plainFolder, PASSWORD);
        assertThat(PortfolioEncryption.isEncrypted(plainFolder)).isFalse();
        try (PortfolioService s = PortfolioService.open(plainFolder)) {
            assertThat(s.asset("A1")).isPresent();
        }
    }
}
