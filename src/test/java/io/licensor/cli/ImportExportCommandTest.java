package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.service.PortfolioService;
import io.licensor.testing.JsonEdits;
import io.licensor.testing.PortfolioBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code licensor import} and {@code licensor export}: output, messages and exit codes (shared/spec/cli.md). */
class ImportExportCommandTest {
    static final String GOOD = PortfolioJson.toJson(PortfolioBuilder.everyFieldSet());

    @TempDir
    Path temp;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LicensorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content);
    }

    @Test
    void importIntoANewFolderThenExportToStandardOutputGivesTheFileBack() throws Exception {
        Path json = file("in.json", GOOD);
        Path folder = temp.resolve("p");
        assertThat(run("import", "--portfolio", folder.toString(), json.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).contains("Imported", "3 assets", "3 licenses", "3 receipts",
                "2 enforcement entries", "4 exchange rates");
        assertThat(out.toString()).isEmpty();
        assertThat(run("export", "--portfolio", folder.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(GOOD);
    }

    @Test
    void exportWithOutWritesTheFile() throws Exception {
        Path folder = temp.resolve("p");
        run("import", "--portfolio", folder.toString(), file("in.json", GOOD).toString());
        Path target = temp.resolve("out.json");
        assertThat(run("export", "--portfolio", folder.toString(), "--out", target.toString()))
                .isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(target)).isEqualTo(GOOD);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aBrokenFileExitsWithTwoListsEveryProblemAndLeavesNoPortfolio() throws Exception {
        String broken = JsonEdits.edit(GOOD, "receipts[1].gross", "\"12,50\"");
        broken = JsonEdits.edit(broken, "assets[0].type", "\"POEM\"");
        Path json = file("broken.json", broken);
        Path folder = temp.resolve("p");
        assertThat(run("import", "--portfolio", folder.toString(), json.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(json.toString(), "2 problems", "assets[0].type: \"POEM\" is not one of",
                "receipts[1].gross: must be a decimal number");
        assertThat(folder).doesNotExist();
    }

    @Test
    void importIntoAPortfolioThatHoldsDataExitsWithTwo() throws Exception {
        Path folder = temp.resolve("p");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "Mine", AssetType.PATENT));
        }
        assertThat(run("import", "--portfolio", folder.toString(), file("in.json", GOOD).toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("already holds data");
    }

    @Test
    void aPortfolioInUseExitsWithThreeNamingTheFolder() throws Exception {
        Path folder = temp.resolve("p");
        Path json = file("in.json", GOOD);
        try (PortfolioService held = PortfolioService.open(folder)) {
            assertThat(run("import", "--portfolio", folder.toString(), json.toString())).isEqualTo(ExitCodes.IN_USE);
            assertThat(run("export", "--portfolio", folder.toString())).isEqualTo(ExitCodes.IN_USE);
            assertThat(held.isEmpty()).isTrue();
        }
        assertThat(err.toString()).contains(folder.toAbsolutePath().toString(), "open in another Licensor window");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exportingAFolderWithoutAPortfolioExitsWithTwoAndCreatesNothing() {
        Path folder = temp.resolve("typo");
        assertThat(run("export", "--portfolio", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("there is no portfolio in this folder");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aMissingFileOrArgumentExitsWithTwo() {
        assertThat(run("import", "--portfolio", temp.resolve("p").toString(), temp.resolve("nope.json").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run("import", "--portfolio", temp.resolve("p").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("does not exist", "Missing required parameter");
    }

    @Test
    void aPortfolioFromANewerVersionExitsWithOneAndAOneLineReason() throws Exception {
        Path folder = temp.resolve("p");
        PortfolioService.open(folder).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("licensor"),
                "licensor", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" VALUES (99, '7', 'later', 'SQL', 'V7__later.sql', 1, "
                    + "'licensor', CURRENT_TIMESTAMP, 1, TRUE)");
        }
        assertThat(run("export", "--portfolio", folder.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().lines()).singleElement().asString().contains("newer version of Licensor");
    }
}
