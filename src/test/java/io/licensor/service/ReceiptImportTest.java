package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.Grouping;
import io.licensor.exchange.statement.StatementOptions;
import io.licensor.exchange.statement.StatementProblem;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.AssetType;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.testing.PortfolioBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Statement import into a real portfolio (H2 in a temporary folder) from real statement exports. */
class ReceiptImportTest {
    @TempDir Path folder;
    @TempDir Path files;
    private PortfolioService service;
    private ReceiptImport importer;

    @BeforeEach
    void openPortfolio() {
        service = PortfolioService.open(folder.resolve("portfolio"));
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", "USD", "A1").license("L2", "USD", "A1").license("L3", "EUR", "A1")
                .receipt("R1", "L1", "2018-12-31", "10.00").build());
        importer = new ReceiptImport(service);
    }

    @AfterEach
    void close() {
        service.close();
    }

    private ImportRequest suggested(Path file, String license) throws IOException {
        StatementSource source = StatementSource.of(file);
        return new ImportRequest(source, importer.setup(source, license, StatementOptions.DETECT).mapping(), license,
                null);
    }

    private List<Receipt> receiptsOf(String license) {
        return service.receipts().stream().filter(r -> r.licenseId().equals(license)).toList();
    }

    private List<Receipt> imported() {
        return service.receipts().stream().filter(r -> !r.id().equals("R1")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unity_asset_store_sales.csv | L1 | 2 | 275.00 | 0    | 2019-03-02 | 2019-03-30
            envato_statement.csv        | L1 | 1 | 95.58  | 3.67 | 2019-10-01 | 2019-10-31
            distrokid_bank_details.csv  | L2 | 3 | 0.08   | 0    | 2018-07-01 | 2018-07-31
            steam_sales_report.csv      | L2 | 1 | 57.69  | 0    | 2024-03-01 | 2024-03-31
            etsy_monthly_statement.csv  | L3 | 1 | 79.35  | 0    | 2024-09-01 | 2024-09-30
            """)
    void aRealStatementBecomesRoyaltyReceiptsOfItsLicense(String name, String license, int receipts,
            BigDecimal gross, BigDecimal withholding, LocalDate start, LocalDate end) throws IOException {
        ImportOutcome outcome = importer.importStatement(suggested(StatementFiles.sample(name), license), false,
                ImportProgress.NONE);

        assertThat(outcome.imported()).isEqualTo(receipts);
        assertThat(outcome.firstId()).isEqualTo("R2");
        Receipt first = service.receipts().stream().filter(r -> r.id().equals("R2")).findFirst().orElseThrow();
        assertThat(first.licenseId()).isEqualTo(license);
        assertThat(first.kind()).isEqualTo(ReceiptKind.ROYALTY);
        assertThat(first.gross()).isEqualByComparingTo(gross);
        assertThat(first.withholding()).isEqualByComparingTo(withholding);
        assertThat(first.periodStart()).isEqualTo(start);
        assertThat(first.periodEnd()).isEqualTo(end);
        assertThat(imported()).hasSize(receipts).allMatch(r -> r.licenseId().equals(license));
    }

    @Test
    void aFileWithOneBadLineNamesItsLineAndColumnAndWritesNothingThenTheCorrectedFileImports() throws IOException {
        Path bad = StatementFiles.copyWith("unity_asset_store_sales.csv", files, "$30.00", "$3O.00");
        ImportRequest request = suggested(bad, "L1");

        ImportCheck check = importer.check(request, ImportProgress.NONE);
        assertThat(check.problems()).extracting(StatementProblem::toString)
                .containsExactly("line 3, column 'Gross': '$3O.00' is not a number");
        assertThat(check.canImport(false)).isFalse();
        assertThatThrownBy(() -> importer.importStatement(request, false, ImportProgress.NONE))
                .isInstanceOf(InputRejectedException.class).hasMessageContaining("line 3, column 'Gross'");
        assertThatThrownBy(() -> importer.write(check, true, ImportProgress.NONE))
                .isInstanceOf(InputRejectedException.class);
        assertThat(imported()).isEmpty();

        Path fixed = StatementFiles.copyWith("unity_asset_store_sales.csv", files, "$30.00", "$30.00");
        importer.importStatement(suggested(fixed, "L1"), false, ImportProgress.NONE);
        assertThat(imported()).extracting(Receipt::gross).map(BigDecimal::toPlainString)
                .containsExactly("275", "30");
    }

    @Test
    void importingTheSameStatementAgainIsRefusedNamingTheReceiptsItRepeats() throws IOException {
        importer.importStatement(suggested(StatementFiles.sample("unity_asset_store_sales.csv"), "L1"), false,
                ImportProgress.NONE);
        ImportRequest again = suggested(StatementFiles.sample("unity_asset_store_sales.csv"), "L1");

        ImportCheck check = importer.check(again, ImportProgress.NONE);
        assertThat(check.isClean()).isTrue();
        assertThat(check.duplicates()).extracting(DuplicateReceipt::toString).containsExactly(
                "line 2: license L1, period 2019-03-02 to 2019-03-30 is already in the portfolio as receipt R2",
                "line 3: license L1, period 2019-03-11 to 2019-03-27 is already in the portfolio as receipt R3");
        assertThatThrownBy(() -> importer.write(check, false, ImportProgress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("likely duplicates; nothing was imported")
                .hasMessageContaining("receipt R2");
        assertThat(imported()).hasSize(2);

        ImportOutcome anyway = importer.write(check, true, ImportProgress.NONE);
        assertThat(anyway.firstId()).isEqualTo("R4");
        assertThat(imported()).hasSize(4);
    }

    @Test
    void aPeriodTwiceInTheSameFileIsALikelyDuplicate() throws IOException {
        Path file = StatementFiles.write(files, "acme.csv", """
                Period Start,Period End,Net Sales,Royalty
                2025-01-01,2025-03-31,1000.00,100.00
                2025-04-01,2025-06-30,1000.00,100.00
                2025-01-01,2025-03-31,1000.00,100.00
                """);

        ImportCheck check = importer.check(suggested(file, "L2"), ImportProgress.NONE);

        assertThat(check.duplicates()).extracting(DuplicateReceipt::toString).containsExactly(
                "line 4: license L2, period 2025-01-01 to 2025-03-31 is also on line 2 of this file");
    }

    @Test
    void aStoredReceiptWithoutPeriodStartStillCatchesTheSamePeriodEnd() throws IOException {
        Path file = StatementFiles.write(files, "acme.csv", """
                Period Start,Period End,Royalty
                2018-10-01,2018-12-31,10.00
                """);

        ImportCheck check = importer.check(suggested(file, "L1"), ImportProgress.NONE);

        assertThat(check.duplicates()).extracting(DuplicateReceipt::existingReceiptId).containsExactly("R1");
    }

    @Test
    void cancellingWhileWritingRollsEverythingBackAndBurnsNoIds() throws IOException {
        StringBuilder csv = new StringBuilder("Period End,Royalty\n");
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 25_000; i++) {
            csv.append(day.plusDays(i)).append(',').append(i % 100).append(".25\n");
        }
        ImportRequest request = suggested(StatementFiles.write(files, "daily.csv", csv.toString()), "L2");
        ImportCheck check = importer.check(request, ImportProgress.NONE);
        assertThat(check.receiptCount()).isEqualTo(25_000);
        CancelAfter cancel = new CancelAfter(10_000);

        assertThatThrownBy(() -> importer.write(check, false, cancel)).isInstanceOf(CancellationException.class);

        assertThat(cancel.written).isGreaterThanOrEqualTo(10_000);
        assertThat(imported()).isEmpty();
        assertThat(importer.write(check, false, ImportProgress.NONE).firstId()).isEqualTo("R2");
        assertThat(receiptsOf("L2")).hasSize(25_000);
    }

    @Test
    void cancellingWhileReadingStopsBeforeAnythingIsWritten() throws IOException {
        StringBuilder csv = new StringBuilder("Period End,Royalty\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(LocalDate.of(2000, 1, 1).plusDays(i)).append(",1.00\n");
        }
        ImportRequest request = suggested(StatementFiles.write(files, "daily.csv", csv.toString()), "L2");

        assertThatThrownBy(() -> importer.importStatement(request, false, new CancelAfter(-1)))
                .isInstanceOf(CancellationException.class);
        assertThat(imported()).isEmpty();
    }

    /** Asks to stop once more than a number of receipts are written (-1: at once). */
    private static final class CancelAfter implements ImportProgress {
        private final long after;
        private long written;

        CancelAfter(long after) {
            this.after = after;
        }

        @Override
        public void update(Phase phase, long done, long total) {
            if (phase == Phase.WRITING) {
                written = done;
            }
        }

        @Override
        public boolean cancelled() {
            return after < 0 || written >= after;
        }
    }

    @Test
    void theMappingUsedIsRememberedForTheLicenseeAndOfferedNextTime() throws IOException {
        Path file = StatementFiles.sample("envato_statement.csv");
        StatementSource source = StatementSource.of(file);
        ColumnMapping quarterly = importer.setup(source, "L1", StatementOptions.DETECT).mapping()
                .withGrouping(Grouping.PER_QUARTER);
        assertThat(importer.setup(source, "L1", StatementOptions.DETECT).remembered()).isNull();

        ImportOutcome outcome = importer.importStatement(new ImportRequest(source, quarterly, "L1", null), false,
                ImportProgress.NONE);

        assertThat(outcome.mappingSavedFor()).isEqualTo("Licensee of L1");
        StatementSetup next = importer.setup(source, "L1", StatementOptions.DETECT);
        assertThat(next.remembered()).isNotNull();
        assertThat(next.mapping().grouping()).isEqualTo(Grouping.PER_QUARTER);
        assertThat(next.note()).startsWith("Using the mapping of your import of envato_statement.csv on ")
                .endsWith(" for Licensee of L1.");
        assertThat(importer.setup(source, "L2", StatementOptions.DETECT).remembered()).as("another licensee")
                .isNull();
    }

    @Test
    void aRememberedMappingThatDoesNotFitTheNewFileGivesWayToTheSuggestion() throws IOException {
        importer.importStatement(suggested(StatementFiles.sample("envato_statement.csv"), "L1"), false,
                ImportProgress.NONE);

        StatementSetup setup = importer.setup(StatementSource.of(StatementFiles.sample("unity_asset_store_sales.csv")),
                "L1", StatementOptions.DETECT);

        assertThat(setup.remembered()).isNull();
        assertThat(setup.mapping().columns().gross()).isEqualTo("Gross");
        assertThat(setup.note()).startsWith("The mapping remembered for Licensee of L1 does not fit this file")
                .contains("the file has no column 'Date'");
    }

    @Test
    void aLicenseColumnSendsEachRowToItsLicenseAndTheChosenLicenseTakesRowsThatNameNone() throws IOException {
        String rows = """
                License,Period End,Royalty
                L1,2025-03-31,100.00
                L3,2025-03-31,90.00
                l2,2025-03-31,80.00
                %s,2025-06-30,60.00
                """;
        ImportRequest unknown = suggested(StatementFiles.write(files, "several.csv", rows.formatted("L9")), "L2");
        ImportCheck check = importer.check(unknown, ImportProgress.NONE);
        assertThat(check.problems()).extracting(StatementProblem::toString)
                .containsExactly("line 5, column 'License': 'L9' is not a license of this portfolio");

        ImportRequest fixed = suggested(StatementFiles.write(files, "several.csv", rows.formatted("")), "L2");
        ImportOutcome outcome = importer.importStatement(fixed, false, ImportProgress.NONE);

        assertThat(outcome.perLicense()).extracting(StatementTotals::licenseId, t -> t.gross().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L1", "100.00"),
                        org.assertj.core.groups.Tuple.tuple("L2", "140.00"),
                        org.assertj.core.groups.Tuple.tuple("L3", "90.00"));
        assertThat(receiptsOf("L2")).extracting(Receipt::periodEnd)
                .containsExactly(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 30));
        assertThat(outcome.totalsAfter()).filteredOn(t -> t.licenseId().equals("L1")).singleElement()
                .satisfies(t -> {
                    assertThat(t.receipts()).isEqualTo(2);
                    assertThat(t.gross()).isEqualByComparingTo("110.00");
                });
    }

    @Test
    void withoutAChosenLicenseOrALicenseColumnNothingIsRead() {
        Path file = StatementFiles.write(files, "acme.csv", "Period End,Royalty\n2025-03-31,1.00\n");
        ImportRequest request = new ImportRequest(StatementSource.of(file), ColumnMapping.of(
                io.licensor.exchange.statement.Columns.NONE
                        .with(io.licensor.exchange.statement.Field.PERIOD_END, "Period End")
                        .with(io.licensor.exchange.statement.Field.GROSS, "Royalty")), null, null);

        assertThatThrownBy(() -> importer.check(request, ImportProgress.NONE))
                .isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("choose the license the statement is for");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negative units          | 2025-03-31,-3,10.00   | line 2, column 'Units': cannot be negative, got -3
            too many decimals       | 2025-03-31,3,10.001   | line 2, column 'Royalty': 10.001 has more decimals than USD allows (2); sum the rows per month, which rounds the total
            more digits than stored | 2025-03-31,3,1234567890123456.00 | line 2, column 'Royalty': is too large: at most 15 digits before the decimal point, got 1234567890123456.00
            """)
    void everyReceiptFollowsTheSameRecordRulesAsOneTypedByHand(String what, String row, String problem)
            throws IOException {
        Path file = StatementFiles.write(files, "acme.csv", "Period End,Units,Royalty\n" + row + "\n");

        ImportCheck check = importer.check(suggested(file, "L1"), ImportProgress.NONE);

        assertThat(check.problems()).extracting(StatementProblem::toString).as(what).containsExactly(problem);
    }

    @Test
    void newIdsFollowTheLargestNumberInUseWhateverElseIsThere() throws IOException {
        service.saveReceipt(new Receipt("R7", "L1", ReceiptKind.OTHER, null, LocalDate.of(2017, 1, 1), null, null,
                BigDecimal.ONE, BigDecimal.ZERO, LocalDate.of(2017, 1, 1)));
        service.saveReceipt(new Receipt("R12b", "L1", ReceiptKind.OTHER, null, LocalDate.of(2017, 1, 1), null,
                null, BigDecimal.ONE, BigDecimal.ZERO, LocalDate.of(2017, 1, 1)));

        ImportOutcome outcome = importer.importStatement(
                suggested(StatementFiles.sample("unity_asset_store_sales.csv"), "L1"), false, ImportProgress.NONE);

        assertThat(outcome.firstId()).isEqualTo("R8");
        assertThat(outcome.lastId()).isEqualTo("R9");
        assertThat(service.receipts()).extracting(Receipt::id).containsExactly("R1", "R7", "R8", "R9", "R12b");
    }

    @Test
    void theCheckListsWhatEachLicenseWouldGetAndTheReceiptsWithTheirLines() throws IOException {
        ImportCheck check = importer.check(suggested(StatementFiles.sample("unity_asset_store_sales.csv"), "L1"),
                ImportProgress.NONE);

        assertThat(check.perLicense()).singleElement().satisfies(t -> {
            assertThat(t.receipts()).isEqualTo(2);
            assertThat(t.gross()).isEqualByComparingTo("305.00");
            assertThat(t.licensee()).isEqualTo("Licensee of L1");
        });
        assertThat(check.receipts(0, 10)).extracting(PlannedReceipt::lines).containsExactly("line 2", "line 3");
        assertThat(check.receipts(1, 10)).extracting(PlannedReceipt::reportedUnits)
                .extracting(BigDecimal::toPlainString).containsExactly("3");
        assertThat(imported()).isEmpty();
    }

    @Test
    void progressReportsReadingByBytesAndWritingByReceipts() throws IOException {
        List<String> seen = new java.util.ArrayList<>();
        ImportProgress progress = (phase, done, total) -> seen.add(phase + " " + done + "/" + total);

        importer.importStatement(suggested(StatementFiles.sample("unity_asset_store_sales.csv"), "L1"), false,
                progress);

        long size = java.nio.file.Files.size(StatementFiles.sample("unity_asset_store_sales.csv"));
        assertThat(seen).contains("READING " + size + "/" + size, "WRITING 0/2", "WRITING 2/2");
        assertThat(seen.stream().sorted(Comparator.naturalOrder()).toList()).isNotEmpty();
    }
}
