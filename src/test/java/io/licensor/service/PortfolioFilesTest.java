package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.testing.JsonEdits;
import io.licensor.testing.Normalised;
import io.licensor.testing.PortfolioBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortfolioFilesTest {
    static final String GOOD = PortfolioJson.toJson(PortfolioBuilder.everyFieldSet());

    @TempDir
    Path temp;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(temp.resolve(name), content);
    }

    @Test
    void anExportedPortfolioImportsIntoANewFolderAsTheSamePortfolio() throws Exception {
        Path exported = temp.resolve("out.json");
        try (PortfolioService source = PortfolioService.open(temp.resolve("a"))) {
            source.importPortfolio(PortfolioBuilder.everyFieldSet());
            PortfolioFiles.exportTo(source, exported);
        }
        PortfolioFiles.importInto(temp.resolve("b"), exported);
        try (PortfolioService copy = PortfolioService.open(temp.resolve("b"))) {
            assertThat(Normalised.of(copy.snapshot())).isEqualTo(Normalised.of(PortfolioBuilder.everyFieldSet()));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            PortfolioFiles.exportTo(copy, again);
            assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(exported));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        bad decimal        | receipts[1].gross         | "12,50"
        impossible date    | receipts[1].periodEnd     | "2024-02-30"
        dangling reference | receipts[0].license       | "L9"
        duplicate id       | assets[1].id              | "A1"
        unknown field      | licenses[0].terms.tierMod | "MARGINAL"
        wrong format       | format                    | "licensor-backup"
        wrong version      | version                   | 2
        """)
    void aRefusedImportLeavesThePortfolioEmpty(String what, String path, String value) throws Exception {
        Path broken = file("broken.json", JsonEdits.edit(GOOD, path, value));
        try (PortfolioService target = PortfolioService.open(temp.resolve("p"))) {
            assertThatThrownBy(() -> PortfolioFiles.importFile(target, broken))
                    .isInstanceOf(InputRejectedException.class).hasMessageStartingWith(broken.toString())
                    .hasMessageContaining(path);
            assertThat(target.isEmpty()).as(what).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        dangling reference | receipts[0].license       | "L9"
        wrong version      | version                   | 2
        """)
    void aRefusedImportIntoAFolderThatDidNotExistLeavesNoFolderBehind(String what, String path, String value)
            throws Exception {
        Path broken = file("broken.json", JsonEdits.edit(GOOD, path, value));
        Path folder = temp.resolve("new");
        assertThatThrownBy(() -> PortfolioFiles.importInto(folder, broken)).isInstanceOf(InputRejectedException.class);
        assertThat(folder).as(what).doesNotExist();
    }

    @Test
    void importingIntoAPortfolioThatHoldsDataIsRefusedAndLeavesItAsItWas() throws Exception {
        Path good = file("good.json", GOOD);
        Path folder = temp.resolve("full");
        try (PortfolioService target = PortfolioService.open(folder)) {
            target.saveAsset(Asset.of("A1", "Mine", AssetType.PATENT));
            assertThatThrownBy(() -> PortfolioFiles.importFile(target, good))
                    .isInstanceOf(InputRejectedException.class).hasMessageContaining("already holds data");
        }
        assertThatThrownBy(() -> PortfolioFiles.importInto(folder, good)).hasMessageContaining("already holds data");
        try (PortfolioService target = PortfolioService.open(folder)) {
            assertThat(target.assets()).extracting(Asset::title).containsExactly("Mine");
        }
    }

    @Test
    void importingAMissingFileIsRefusedAsBadInput() {
        Path missing = temp.resolve("nope.json");
        assertThatThrownBy(() -> PortfolioFiles.importInto(temp.resolve("p"), missing))
                .isInstanceOf(InputRejectedException.class).hasMessage(missing + ": (file): does not exist");
        assertThat(temp.resolve("p")).doesNotExist();
    }

    @Test
    void exportingReplacesAnOldFileWholeAndLeavesNoTemporaryFile() throws Exception {
        Path out = file("portfolio.json", "old content");
        try (PortfolioService source = PortfolioService.open(temp.resolve("p"))) {
            source.importPortfolio(PortfolioBuilder.everyFieldSet());
            PortfolioFiles.exportTo(source, out);
        }
        assertThat(Files.readString(out)).isEqualTo(GOOD);
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("portfolio.json", "p");
        }
    }

    @Test
    void exportingIntoAFolderThatDoesNotExistIsRefused() throws Exception {
        try (PortfolioService source = PortfolioService.open(temp.resolve("p"))) {
            Path out = temp.resolve("no-such-dir").resolve("x.json");
            assertThatThrownBy(() -> PortfolioFiles.exportTo(source, out)).isInstanceOf(InputRejectedException.class)
                    .hasMessageContaining("does not exist");
        }
    }

    @Test
    void theDemoPortfolioInstallsAsTheBundledFileAndIsMarkedAsDemo() {
        try (PortfolioService demo = DemoPortfolio.install(temp.resolve("demo"))) {
            assertThat(demo.isDemo()).isTrue();
            assertThat(Normalised.of(demo.snapshot())).isEqualTo(Normalised.of(DemoPortfolio.bundled()));
        }
    }

    @Test
    void theDemoIsNotInstalledOverAnExistingPortfolio() {
        Path folder = temp.resolve("mine");
        try (PortfolioService mine = PortfolioService.open(folder)) {
            mine.saveAsset(Asset.of("A1", "Mine", AssetType.PATENT));
        }
        assertThatThrownBy(() -> DemoPortfolio.install(folder)).isInstanceOf(PortfolioOpenException.class)
                .hasMessageContaining("already holds a portfolio");
        try (PortfolioService mine = PortfolioService.open(folder)) {
            assertThat(mine.isDemo()).isFalse();
            assertThat(mine.assets()).hasSize(1);
        }
    }

    @Test
    void aPortfolioImportedFromAFileIsNotADemo() throws Exception {
        Path good = file("good.json", GOOD);
        PortfolioFiles.importInto(temp.resolve("p"), good);
        try (PortfolioService p = PortfolioService.open(temp.resolve("p"))) {
            Portfolio snapshot = p.snapshot();
            assertThat(p.isDemo()).isFalse();
            assertThat(snapshot.settings().name()).isEqualTo("Every field");
        }
    }
}
