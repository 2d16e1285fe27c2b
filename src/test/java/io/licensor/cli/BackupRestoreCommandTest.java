package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code licensor backup} and {@code licensor restore}: messages and exit codes (shared/spec/cli.md). */
class BackupRestoreCommandTest {
    @TempDir
    Path temp;
    Path folder;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LicensorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @BeforeEach
    void portfolioWithOneAsset() {
        folder = temp.resolve("p");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "Kept", AssetType.PATENT));
        }
    }

    @Test
    void backupThenRestoreIntoAnotherFolderGivesThePortfolioBack() {
        Path zip = temp.resolve("b.zip");
        assertThat(run("backup", "--portfolio", folder.toString(), "--out", zip.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Backed up", zip.toString(), "1 assets", "data format 3");
        assertThat(out.toString()).isEmpty();
        Path other = temp.resolve("other");
        assertThat(run("restore", "--portfolio", other.toString(), zip.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Restored " + other.toAbsolutePath());
        try (PortfolioService s = PortfolioService.open(other)) {
            assertThat(s.asset("A1")).isPresent();
        }
    }

    @Test
    void restoreOverAPortfolioSaysWhereTheStateBeforeIsKept() {
        Path zip = temp.resolve("b.zip");
        run("backup", "--portfolio", folder.toString(), "--out", zip.toString());
        assertThat(run("restore", "--portfolio", folder.toString(), zip.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("kept in " + folder.toAbsolutePath().resolve("backups"));
    }

    @Test
    void aDamagedBackupExitsWithTwoNamingTheFile() throws Exception {
        Path zip = Files.writeString(temp.resolve("broken.zip"), "not a zip");
        assertThat(run("restore", "--portfolio", folder.toString(), zip.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("licensor: " + zip).contains("damaged or cut short");
        assertThat(run("restore", "--portfolio", temp.resolve("new").toString(), zip.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(temp.resolve("new")).as("no empty folder left behind").doesNotExist();
        try (PortfolioService s = PortfolioService.open(folder)) {
            assertThat(s.asset("A1")).isPresent();
        }
    }

    @Test
    void aPortfolioOpenElsewhereExitsWithThree() {
        Path zip = temp.resolve("b.zip");
        run("backup", "--portfolio", folder.toString(), "--out", zip.toString());
        try (PortfolioService held = PortfolioService.open(folder)) {
            assertThat(run("restore", "--portfolio", folder.toString(), zip.toString())).isEqualTo(ExitCodes.IN_USE);
            assertThat(run("backup", "--portfolio", folder.toString(), "--out", zip.toString()))
                    .isEqualTo(ExitCodes.IN_USE);
        }
    }

    @Test
    void backingUpAFolderWithoutAPortfolioIsRefusedAndCreatesNothing() {
        Path missing = temp.resolve("nothing-here");
        assertThat(run("backup", "--portfolio", missing.toString(), "--out", temp.resolve("x.zip").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("there is no portfolio in this folder");
        assertThat(missing).doesNotExist();
        assertThat(temp.resolve("x.zip")).doesNotExist();
    }

    @Test
    void backupWithoutOutIsACommandLineError() {
        assertThat(run("backup", "--portfolio", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--out");
    }

    @Test
    void aProtectedBackupIsRestoredWithItsPasswordFileAndWithoutOrWithAWrongOneExitsWithFour() throws Exception {
        Path locked = temp.resolve("locked");
        try (PortfolioService s = PortfolioService.open(locked, "s3cret pass".toCharArray())) {
            s.saveAsset(Asset.of("E1", "Encrypted", AssetType.PATENT));
        }
        Path passwordFile = Files.writeString(temp.resolve("pw.txt"), "s3cret pass\n");
        Path wrongFile = Files.writeString(temp.resolve("wrong.txt"), "not it\n");
        Path zip = temp.resolve("locked.zip");
        assertThat(run("backup", "--portfolio", locked.toString(), "--password-file", passwordFile.toString(),
                "--out", zip.toString())).isEqualTo(ExitCodes.OK);
        Path other = temp.resolve("other");

        assertThat(run("restore", "--portfolio", other.toString(), zip.toString())).isEqualTo(ExitCodes.PASSWORD);
        assertThat(err.toString()).contains("licensor: The backup " + zip, "is protected by a password",
                "none was given", "nothing was changed");
        assertThat(run("restore", "--portfolio", folder.toString(), "--password-file", wrongFile.toString(),
                zip.toString())).isEqualTo(ExitCodes.PASSWORD);
        assertThat(err.toString()).contains("The password given does not open the backup " + zip);
        assertThat(other).doesNotExist();
        try (PortfolioService s = PortfolioService.open(folder)) {
            assertThat(s.asset("A1")).as("the portfolio is untouched").isPresent();
        }

        assertThat(run("restore", "--portfolio", other.toString(), "--password-file", passwordFile.toString(),
                zip.toString())).isEqualTo(ExitCodes.OK);
        try (PortfolioService s = PortfolioService.open(other, "s3cret pass".toCharArray())) {
            assertThat(s.encrypted()).isTrue();
            assertThat(s.asset("E1")).isPresent();
        }
    }
}
