package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import io.licensor.testing.Corruptions;
import io.licensor.testing.Normalised;
import io.licensor.testing.PortfolioBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Corrupted portfolio files (dropped, duplicated and mutated fields, truncation, random bytes) imported into a real
 * portfolio (H2 + Flyway in a temporary folder): each is either imported correctly (the portfolio then equals what
 * the file says) or refused with an InputRejectedException whose problems name their place, and a refusal leaves the
 * database as it was. Any other exception fails the property.
 */
class PortfolioFileFuzzProperties {
    private static final FuzzTally TALLY = new FuzzTally("portfolio file");
    private static Path root;
    private static PortfolioService target;
    private static int folders;
    private static byte[] demo;
    private static byte[] everyField;

    @BeforeContainer
    static void openAnEmptyPortfolio() throws IOException {
        root = Files.createTempDirectory("licensor-fuzz");
        try (InputStream in = DemoPortfolio.class.getResourceAsStream(DemoPortfolio.RESOURCE)) {
            demo = in.readAllBytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PortfolioJson.write(PortfolioBuilder.everyFieldSet(), out);
        everyField = out.toByteArray();
        target = PortfolioService.open(root.resolve("p" + folders++));
    }

    @AfterContainer
    static void closeIt() throws IOException {
        target.close();
        TALLY.report();
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 400)
    void aCorruptedPortfolioFileIsImportedCorrectlyOrRefusedNamingThePlaceWithoutAWrite(
            @ForAll Corruptions.Kind kind, @ForAll long seed, @ForAll boolean fromEveryField) throws IOException {
        byte[] corrupted = Corruptions.json(fromEveryField ? everyField : demo, kind, seed);
        Path file = Files.write(root.resolve("input.json"), corrupted);
        Portfolio before = target.snapshot();
        try {
            PortfolioFiles.importFile(target, file);
        } catch (InputRejectedException refused) {
            TALLY.count("refused");
            assertThat(refused.problems()).isNotEmpty().allSatisfy(PortfolioFileFuzzProperties::namesItsPlace);
            assertThat(target.snapshot()).as("nothing written").isEqualTo(before);
            assertThat(target.isEmpty()).isTrue();
            return;
        }
        TALLY.count("imported");
        assertThat(Normalised.of(target.snapshot())).isEqualTo(Normalised.of(PortfolioJson.read(file)));
        // the next input needs an empty portfolio again
        target.close();
        target = PortfolioService.open(root.resolve("p" + folders++));
    }

    @Property(tries = 60)
    void aRefusedFileImportedIntoANewFolderLeavesNoPortfolioBehind(@ForAll Corruptions.Kind kind,
            @ForAll long seed) throws IOException {
        Path file = Files.write(root.resolve("into.json"), Corruptions.json(demo, kind, seed));
        Path folder = root.resolve("new" + folders++);
        try {
            PortfolioFiles.importInto(folder, file);
            TALLY.count("imported into a new folder");
            assertThat(PortfolioService.exists(folder)).isTrue();
        } catch (InputRejectedException refused) {
            TALLY.count("refused for a new folder");
            assertThat(refused.problems()).isNotEmpty().allSatisfy(PortfolioFileFuzzProperties::namesItsPlace);
            assertThat(folder).doesNotExist();
        }
    }

    static void namesItsPlace(Problem p) {
        assertThat(p.where()).as("where of %s", p).isNotBlank();
        assertThat(p.message()).as("message of %s", p).isNotBlank();
    }
}
