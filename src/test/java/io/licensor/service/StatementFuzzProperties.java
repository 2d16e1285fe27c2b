package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.statement.StatementOptions;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.testing.Corruptions;
import io.licensor.testing.PortfolioBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Corrupted real statement exports imported as receipts into a real portfolio: each import either writes exactly the
 * receipts it reports (all for the license asked for) or is refused with an InputRejectedException naming the
 * place, and a refusal leaves the database as it was. Any other exception fails the property.
 */
class StatementFuzzProperties {
    private static final FuzzTally TALLY = new FuzzTally("statement CSV");
    private static final List<String> SAMPLES = List.of("unity_asset_store_sales.csv", "envato_statement.csv",
            "distrokid_bank_details.csv", "steam_sales_report.csv", "etsy_monthly_statement.csv",
            "gumroad_sales_export.csv", "bandcamp_sales_report.csv", "amazon_kdp_combined_sales.csv",
            "google_play_earnings.csv", "tunecore_sales.csv");
    private static Path root;
    private static PortfolioService service;
    private static ReceiptImport importer;

    @BeforeContainer
    static void openAPortfolioWithALicense() throws IOException {
        root = Files.createTempDirectory("licensor-statement-fuzz");
        service = PortfolioService.open(root.resolve("p"));
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", "USD", "A1").license("L2", "EUR", "A1").build());
        importer = new ReceiptImport(service);
    }

    @AfterContainer
    static void closeIt() throws IOException {
        service.close();
        TALLY.report();
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * Found by this property: a statement cut inside a quoted cell made the decoder be asked to decode after it had
     * been flushed (IllegalStateException "Current state = FLUSHED, new state = CODING_END" escaped the import).
     */
    @Example
    void regressionAStatementCutInsideAQuotedCellIsRefusedOrImported() throws IOException {
        aCorruptedStatementIsImportedAsItSaysOrRefusedNamingThePlaceWithoutAWrite(Corruptions.Kind.TRUNCATE, 0L, 4,
                true);
    }

    @Property(tries = 400)
    void aCorruptedStatementIsImportedAsItSaysOrRefusedNamingThePlaceWithoutAWrite(@ForAll Corruptions.Kind kind,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 9) int sample, @ForAll boolean euroLicense)
            throws IOException {
        String name = SAMPLES.get(sample);
        byte[] corrupted = Corruptions.csv(Files.readAllBytes(StatementFiles.sample(name)), kind, seed);
        StatementSource source = StatementSource.of(name, corrupted);
        String license = euroLicense ? "L2" : "L1";
        Portfolio before = service.snapshot();
        ImportOutcome outcome;
        try {
            ImportRequest request = new ImportRequest(source,
                    importer.setup(source, license, StatementOptions.DETECT).mapping(), license, null);
            outcome = importer.importStatement(request, false, ImportProgress.NONE);
        } catch (InputRejectedException refused) {
            TALLY.count("refused");
            assertThat(refused.problems()).isNotEmpty().allSatisfy(PortfolioFileFuzzProperties::namesItsPlace);
            assertThat(service.snapshot()).as("nothing written").isEqualTo(before);
            return;
        }
        TALLY.count(outcome.imported() == 0 ? "imported nothing" : "imported");
        List<Receipt> added = service.receipts().stream().filter(r -> !before.receipts().contains(r)).toList();
        assertThat(added).hasSize((int) outcome.imported()).allSatisfy(r -> {
            assertThat(r.licenseId()).isEqualTo(license);
            assertThat(r.gross()).isNotNull();
        });
        assertThat(service.receipts()).containsAll(before.receipts());
    }
}
