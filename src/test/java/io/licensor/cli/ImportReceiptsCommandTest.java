package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.model.AssetType;
import io.licensor.model.Receipt;
import io.licensor.service.PortfolioService;
import io.licensor.service.StatementFiles;
import io.licensor.testing.PortfolioBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code licensor import-receipts}: what it prints, its exit codes, and that a refusal writes nothing. */
class ImportReceiptsCommandTest {
    @TempDir Path temp;
    Path folder;

    @BeforeEach
    void createPortfolio() {
        folder = temp.resolve("portfolio");
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                    .license("L1", "USD", "A1").license("L2", "USD", "A1")
                    .receipt("R1", "L1", "2018-12-31", "10.00").build());
        }
    }

    private List<Receipt> receipts() {
        try (PortfolioService service = PortfolioService.open(folder)) {
            return service.receipts();
        }
    }

    private CliRun importReceipts(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "import-receipts";
        args[1] = "--portfolio";
        args[2] = folder.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    @Test
    void aBadLineExitsWithTwoNamingTheLineAndColumnAndWritesNothing() {
        Path bad = StatementFiles.copyWith("unity_asset_store_sales.csv", temp, "$30.00", "$3O.00");

        CliRun run = importReceipts("--license", "L1", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("unity_asset_store_sales.csv (nothing was imported)",
                "line 3, column 'Gross': '$3O.00' is not a number");
        assertThat(run.out()).isEmpty();
        assertThat(receipts()).extracting(Receipt::id).containsExactly("R1");
    }

    @Test
    void aGoodFileExitsWithZeroAndPrintsWhatWasImported() {
        CliRun run = importReceipts("--license", "L1",
                StatementFiles.sample("unity_asset_store_sales.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Imported 2 receipts (R2 to R3) from unity_asset_store_sales.csv into "
                + folder.toAbsolutePath().normalize(),
                "L1 (Licensee of L1): 2 receipts for periods ending 2019-03-27 to 2019-03-30; gross 305.00 USD,"
                        + " withholding 0.00 USD, net 305.00 USD");
        assertThat(run.err()).contains("Mapping: Columns suggested from their names",
                "Remembered this mapping for Licensee of L1.");
        assertThat(receipts()).extracting(Receipt::id).containsExactly("R1", "R2", "R3");
    }

    @Test
    void duplicatesAreRefusedByNameUnlessAllowed() {
        String file = StatementFiles.sample("unity_asset_store_sales.csv").toString();
        importReceipts("--license", "L1", file);

        CliRun again = importReceipts("--license", "L1", file);
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains("add --allow-duplicates",
                "line 2: license L1, period 2019-03-02 to 2019-03-30 is already in the portfolio as receipt R2");
        assertThat(receipts()).hasSize(3);

        CliRun allowed = importReceipts("--license", "L1", "--allow-duplicates", file);
        assertThat(allowed.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(allowed.err()).contains("Importing 2 likely duplicates as asked");
        assertThat(receipts()).hasSize(5);
    }

    @Test
    void aMappingFileWithALicenseColumnNeedsNoLicenseOption() throws Exception {
        Path csv = StatementFiles.write(temp, "two.csv", """
                Contract;Quarter end;Royalties
                L1;31.03.2025;1.234,50
                L2;31.03.2025;99,00
                """);
        Path mapping = StatementFiles.write(temp, "mapping.json", """
                {"columns": {"license": "Contract", "periodEnd": "Quarter end", "gross": "Royalties"},
                 "decimalSeparator": ",", "dateFormat": "DD.MM.YYYY"}
                """);

        CliRun run = importReceipts("--mapping", mapping.toString(), csv.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(receipts()).extracting(Receipt::licenseId, r -> r.gross().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("L1", "10"),
                        org.assertj.core.groups.Tuple.tuple("L1", "1234.5"),
                        org.assertj.core.groups.Tuple.tuple("L2", "99"));
    }

    @Test
    void aWrongMappingFileIsRefusedByJsonPath() throws Exception {
        Path mapping = StatementFiles.write(temp, "mapping.json", "{\"columns\": {\"grosss\": \"Gross\"}}");

        CliRun run = importReceipts("--license", "L1", "--mapping", mapping.toString(),
                StatementFiles.sample("unity_asset_store_sales.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("columns.grosss: unknown key");
        assertThat(receipts()).hasSize(1);
    }

    @Test
    void anUnknownLicenseOrNoLicenseAtAllIsRefused() {
        String file = StatementFiles.sample("unity_asset_store_sales.csv").toString();

        CliRun unknown = importReceipts("--license", "L9", file);
        CliRun none = importReceipts(file);

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("no license has the id 'L9'");
        assertThat(none.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(none.err()).contains("choose the license the statement is for");
    }

    @Test
    void aMissingPortfolioIsRefusedWithoutCreatingOne() {
        Path nowhere = temp.resolve("typo");

        CliRun run = CliRun.of("import-receipts", "--portfolio", nowhere.toString(), "--license", "L1",
                StatementFiles.sample("unity_asset_store_sales.csv").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("there is no portfolio here");
        assertThat(Files.exists(nowhere)).isFalse();
    }

    @Test
    void aPortfolioOpenElsewhereExitsWithThree() {
        try (PortfolioService open = PortfolioService.open(folder)) {
            CliRun run = importReceipts("--license", "L1",
                    StatementFiles.sample("unity_asset_store_sales.csv").toString());

            assertThat(run.exitCode()).isEqualTo(ExitCodes.IN_USE);
            assertThat(run.err()).contains(folder.toAbsolutePath().normalize().toString());
        }
    }

    @Test
    void aStatementWithoutPeriodsTakesThePeriodOption() {
        Path csv = StatementFiles.write(temp, "flat.csv", "Title,Royalty\nBook,12.00\n");

        CliRun bad = importReceipts("--license", "L2", "--period", "2025-03-31..2025-01-01", csv.toString());
        CliRun run = importReceipts("--license", "L2", "--period", "2025-01-01..2025-03-31", csv.toString());

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("must be START..END");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(receipts()).filteredOn(r -> r.licenseId().equals("L2")).extracting(Receipt::periodEnd)
                .map(Object::toString).containsExactly("2025-03-31");
    }
}
