package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.DemoPortfolio;
import io.licensor.service.PortfolioEncryption;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --password-file} on the portfolio commands, on a real encrypted portfolio folder. */
class PasswordFileOptionTest {
    @TempDir
    Path dir;
    Path demoFile;
    Path passwordFile;
    Path folder;

    @BeforeEach
    void importTheDemoIntoANewEncryptedPortfolio() throws IOException {
        demoFile = dir.resolve("demo.json");
        try (InputStream in = DemoPortfolio.class.getResourceAsStream(DemoPortfolio.RESOURCE)) {
            Files.copy(in, demoFile);
        }
        passwordFile = write("password.txt", "open sesame 42\n");
        folder = dir.resolve("portfolio");
        CliRun run = CliRun.of("import", "--portfolio", folder.toString(), "--password-file", passwordFile.toString(),
                demoFile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void aPortfolioImportedWithAPasswordFileIsEncryptedAndOpensWithIt() {
        assertThat(PortfolioEncryption.isEncrypted(folder)).isTrue();
        CliRun export = CliRun.of("export", "--portfolio", folder.toString(), "--password-file",
                passwordFile.toString());
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.json().get("assets").size()).isPositive();
        CliRun metrics = CliRun.of("metrics", "--portfolio", folder.toString(), "--password-file",
                passwordFile.toString());
        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
    }

    @Test
    void reportsOfAnEncryptedPortfolioNeedItsPassword() {
        Path pdf = dir.resolve("l1.pdf");
        CliRun without = CliRun.of("report", "statement", "--portfolio", folder.toString(), "--license", "L1",
                "--out", pdf.toString());
        assertThat(without.exitCode()).as(without.err()).isEqualTo(4);
        assertThat(pdf).doesNotExist();
        CliRun with = CliRun.of("report", "statement", "--portfolio", folder.toString(), "--license", "L1",
                "--password-file", passwordFile.toString(), "--out", pdf.toString());
        assertThat(with.exitCode()).as(with.err()).isZero();
        assertThat(pdf).isNotEmptyFile();
    }

    @Test
    void withoutThePasswordTheCommandExitsWithCode4AndSaysAPasswordIsNeeded() {
        CliRun run = CliRun.of("export", "--portfolio", folder.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(run.err()).contains("protected by a password").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWrongPasswordExitsWithCode4AndSaysItIsWrong() throws IOException {
        Path wrong = write("wrong.txt", "open sesame 43");
        CliRun run = CliRun.of("metrics", "--portfolio", folder.toString(), "--password-file", wrong.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        assertThat(run.err()).contains("password is wrong").doesNotContain("Exception");
    }

    @Test
    void onlyOneLineBreakAtTheEndIsDroppedSpacesArePartOfThePassword() throws IOException {
        Path spaced = write("spaced.txt", "open sesame 42 \n");
        CliRun run = CliRun.of("export", "--portfolio", folder.toString(), "--password-file", spaced.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.PASSWORD);
        Path crlf = write("crlf.txt", "open sesame 42\r\n");
        CliRun ok = CliRun.of("export", "--portfolio", folder.toString(), "--password-file", crlf.toString());
        assertThat(ok.exitCode()).as(ok.err()).isZero();
    }

    @Test
    void aMissingOrEmptyPasswordFileIsABadCommandLineNamingTheOption() throws IOException {
        CliRun missing = CliRun.of("export", "--portfolio", folder.toString(), "--password-file",
                dir.resolve("nowhere.txt").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("--password-file").contains("does not exist");
        CliRun empty = CliRun.of("export", "--portfolio", folder.toString(), "--password-file",
                write("empty.txt", "\n").toString());
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.err()).contains("is empty");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"import", "export", "metrics", "import-receipts", "password",
        "backup", "restore", "generate", "report statement", "report asset"})
    void everyCommandThatOpensAPortfolioOffersThePasswordFile(String command) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
        args.add("--help");
        CliRun help = CliRun.of(args.toArray(String[]::new));
        assertThat(help.out()).contains("--password-file=FILE");
    }

    @Test
    void thePasswordCommandChangesAndRemovesThePasswordAndRefusesAWrongCurrentOne() throws IOException {
        Path fresh = write("new.txt", "new secret\n");
        CliRun wrong = CliRun.of("password", "--portfolio", folder.toString(), "--password-file",
                fresh.toString(), "--new-password-file", fresh.toString());
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.PASSWORD);

        CliRun changed = CliRun.of("password", "--portfolio", folder.toString(), "--password-file",
                passwordFile.toString(), "--new-password-file", fresh.toString());
        assertThat(changed.exitCode()).as(changed.err()).isZero();
        assertThat(changed.err()).contains("Set the password of").contains("rows in");
        assertThat(CliRun.of("metrics", "--portfolio", folder.toString(), "--password-file",
                passwordFile.toString()).exitCode()).isEqualTo(ExitCodes.PASSWORD);

        CliRun removed = CliRun.of("password", "--portfolio", folder.toString(), "--password-file", fresh.toString(),
                "--remove");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(PortfolioEncryption.isEncrypted(folder)).isFalse();
        assertThat(CliRun.of("metrics", "--portfolio", folder.toString()).exitCode()).isZero();
        CliRun again = CliRun.of("password", "--portfolio", folder.toString(), "--remove");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("has no password");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
