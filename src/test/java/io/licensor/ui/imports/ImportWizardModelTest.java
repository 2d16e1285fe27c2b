package io.licensor.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.exchange.statement.Delimiter;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.Grouping;
import io.licensor.exchange.statement.StatementProblem;
import io.licensor.model.AssetType;
import io.licensor.model.Receipt;
import io.licensor.service.PortfolioService;
import io.licensor.service.StatementFiles;
import io.licensor.testing.PortfolioBuilder;
import io.licensor.ui.imports.ImportWizardModel.Step;
import io.licensor.ui.testing.ScriptedDialogs;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's presentation model against a real portfolio, without a window; its jobs run at once. */
class ImportWizardModelTest {
    @TempDir Path folder;
    @TempDir Path files;
    private PortfolioService service;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ImportWizardModel model;
    private int changes;
    private boolean closed;

    /** Runs each job at once on the calling thread. */
    private static final Jobs AT_ONCE = new Jobs() {
        @Override
        public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public void onFxThread(Runnable update) {
            update.run();
        }
    };

    @BeforeEach
    void open() {
        service = PortfolioService.open(folder);
        service.importPortfolio(new PortfolioBuilder().asset("A1", AssetType.SOFTWARE)
                .license("L1", "USD", "A1").license("L2", "USD", "A1").build());
        model = new ImportWizardModel(service, dialogs, AT_ONCE);
        model.onFinished(() -> changes++, () -> closed = true);
        model.loadLicenses("L1");
    }

    @AfterEach
    void close() {
        service.close();
    }

    private void chooseAndGoToColumns(Path file) {
        dialogs.answer(Optional.of(file));
        model.chooseFile();
        model.next();
    }

    @Test
    void theLicenseGivenIsPreselectedAndNextWaitsForAFile() {
        assertThat(model.licenseProperty().get().id()).isEqualTo("L1");
        assertThat(model.licenses()).extracting(LicenseChoice::toString)
                .containsExactly("L1  Licensee of L1 (USD)", "L2  Licensee of L2 (USD)");
        assertThat(model.nextDisabled().get()).isTrue();
        model.fileProperty().set(StatementFiles.sample("unity_asset_store_sales.csv"));
        assertThat(model.nextDisabled().get()).isFalse();
    }

    @Test
    void nextShowsTheDetectedFormatWithTheSuggestedColumns() {
        chooseAndGoToColumns(StatementFiles.sample("envato_statement.csv"));

        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        assertThat(model.formatProperty().get().delimiter()).isEqualTo(Delimiter.COMMA);
        assertThat(model.form().column(Field.GROSS).get()).isEqualTo("Amount");
        assertThat(model.form().column(Field.WITHHOLDING).get()).isEqualTo("US RWT");
        assertThat(model.form().groupingProperty().get()).isEqualTo(Grouping.PER_MONTH);
        assertThat(model.form().skipRowsOnProperty().get()).isTrue();
        assertThat(model.mappingProblems()).isEmpty();
        assertThat(model.mappingNoteProperty().get()).startsWith("Columns suggested from their names");
    }

    @Test
    void changingTheDelimiterReadsThePreviewAgainAndAMappingWithoutAmountCannotBeChecked() {
        chooseAndGoToColumns(StatementFiles.sample("unity_asset_store_sales.csv"));

        model.overrides().delimiterProperty().set(Delimiter.SEMICOLON);

        assertThat(model.formatProperty().get().header()).hasSize(1);
        assertThat(model.mappingProblems()).anyMatch(p -> p.startsWith("No column is chosen for the amount"));
        assertThat(model.nextDisabled().get()).isTrue();

        model.overrides().delimiterProperty().set(null);
        assertThat(model.formatProperty().get().header()).hasSize(8);
        assertThat(model.form().column(Field.GROSS).get()).isEqualTo("Gross");
        assertThat(model.nextDisabled().get()).isFalse();
    }

    @Test
    void unmappingTheAmountSaysWhatIsMissing() {
        chooseAndGoToColumns(StatementFiles.sample("unity_asset_store_sales.csv"));

        model.form().column(Field.GROSS).set(null);

        assertThat(model.mappingProblems()).containsExactly("No column is chosen for the amount (gross); choose the"
                + " column with what the licensee paid you.");
        model.form().column(Field.GROSS).set("Price");
        assertThat(model.mappingProblems()).isEmpty();
    }

    @Test
    void checkingAFileWithABadLineListsItAndNothingCanBeImported() {
        Path bad = StatementFiles.copyWith("unity_asset_store_sales.csv", files, "$30.00", "$3O.00");
        chooseAndGoToColumns(bad);

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(model.checkProperty().get().problems()).extracting(StatementProblem::line).containsExactly(3L);
        assertThat(CheckTexts.headline(model.checkProperty().get())).isEqualTo("1 problem found. Nothing can be"
                + " imported until it is fixed in the file or in the mapping.");
        assertThat(model.nextDisabled().get()).isTrue();
        assertThat(service.receipts()).isEmpty();
    }

    @Test
    void importingACheckedFileWritesItsReceiptsAndTellsTheShell() {
        chooseAndGoToColumns(StatementFiles.sample("unity_asset_store_sales.csv"));
        model.next();
        assertThat(CheckTexts.headline(model.checkProperty().get())).isEqualTo("2 receipts are ready to import.");

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.IMPORT);
        assertThat(CheckTexts.imported(model.outcomeProperty().get())).isEqualTo("2 receipts imported (R1 to R2).");
        assertThat(service.receipts()).extracting(Receipt::licenseId).containsExactly("L1", "L1");
        assertThat(changes).isEqualTo(1);
        model.next();
        assertThat(closed).isTrue();
    }

    @Test
    void duplicatesHoldTheImportBackUntilTheUserSaysTheyAreNot() {
        chooseAndGoToColumns(StatementFiles.sample("unity_asset_store_sales.csv"));
        model.next();
        model.next();
        ImportWizardModel again = new ImportWizardModel(service, dialogs, AT_ONCE);
        again.loadLicenses("L1");
        again.fileProperty().set(StatementFiles.sample("unity_asset_store_sales.csv"));
        again.next();
        again.next();

        assertThat(again.checkProperty().get().duplicateCount()).isEqualTo(2);
        assertThat(again.nextDisabled().get()).isTrue();
        again.allowDuplicatesProperty().set(true);
        assertThat(again.nextDisabled().get()).isFalse();
    }

    @Test
    void theMappingUsedLastTimeIsOfferedForTheSameLicensee() {
        chooseAndGoToColumns(StatementFiles.sample("envato_statement.csv"));
        model.form().groupingProperty().set(Grouping.PER_QUARTER);
        model.next();
        model.next();

        ImportWizardModel next = new ImportWizardModel(service, dialogs, AT_ONCE);
        next.loadLicenses("L1");
        next.fileProperty().set(StatementFiles.sample("envato_statement.csv"));
        next.next();

        assertThat(next.form().groupingProperty().get()).isEqualTo(Grouping.PER_QUARTER);
        assertThat(next.mappingNoteProperty().get()).startsWith("Using the mapping of your import of"
                + " envato_statement.csv");
    }

    @Test
    void aStatementWithoutPeriodAsksForOne() {
        Path flat = StatementFiles.write(files, "flat.csv", "Title,Royalty\nBook,12.00\n");
        chooseAndGoToColumns(flat);

        assertThat(model.form().needsPeriod(model.formatProperty().get())).isTrue();
        assertThat(model.nextDisabled().get()).isTrue();
        model.form().periodStartProperty().set(java.time.LocalDate.of(2025, 1, 1));
        model.form().periodEndProperty().set(java.time.LocalDate.of(2025, 3, 31));
        assertThat(model.nextDisabled().get()).isFalse();
        model.next();
        model.next();

        assertThat(service.receipts()).singleElement().satisfies(r -> {
            assertThat(r.periodStart()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
            assertThat(r.periodEnd()).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
        });
    }

    @Test
    void backReturnsToTheColumnsAndCancelClosesWhenNothingRuns() {
        chooseAndGoToColumns(StatementFiles.sample("unity_asset_store_sales.csv"));
        model.next();

        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(Step.COLUMNS);
        model.back();
        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);
        model.cancel();
        assertThat(closed).isTrue();
    }

    @Test
    void aFileThatIsNotThereIsSaidInTheWizard() {
        model.fileProperty().set(files.resolve("missing.csv"));

        model.next();

        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);
        assertThat(model.errorProperty().get()).endsWith("missing.csv is not a file that can be read.");
    }

    @Test
    void aHundredThousandRowStatementIsCheckedAndImportedWithProgressToTheEnd() throws Exception {
        StringBuilder csv = new StringBuilder("Period End,Units,Royalty\n");
        java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 100_000; i++) {
            csv.append(day.plusDays(i)).append(',').append(1 + i % 9).append(',').append(i % 500).append(".50\n");
        }
        chooseAndGoToColumns(StatementFiles.write(files, "big.csv", csv.toString()));
        java.util.List<Double> seen = new java.util.ArrayList<>();
        model.progressProperty().addListener((obs, old, value) -> seen.add(value.doubleValue()));

        model.next();
        assertThat(model.checkProperty().get().receiptCount()).isEqualTo(100_000);
        assertThat(model.checkProperty().get().receipts(0, Integer.MAX_VALUE)).hasSize(100_000);
        model.next();

        assertThat(model.outcomeProperty().get().lastId()).isEqualTo("R100000");
        assertThat(service.receipts()).hasSize(100_000);
        assertThat(seen).contains(1.0);
    }

    @Test
    void stoppingTheImportSaysNothingWasWrittenAndGoesBackToTheCheck() {
        ImportWizardModel stopping = new ImportWizardModel(service, dialogs, AT_ONCE);
        stopping.loadLicenses("L1");
        stopping.fileProperty().set(StatementFiles.sample("unity_asset_store_sales.csv"));
        stopping.next();
        stopping.next();
        // Stop pressed while the receipts are being written: the next progress report finds it
        stopping.progressProperty().addListener((obs, old, value) -> {
            if (stopping.stepProperty().get() == Step.IMPORT && stopping.busyProperty().get()) {
                stopping.cancel();
            }
        });

        stopping.next();

        assertThat(stopping.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(stopping.endNoteProperty().get()).isEqualTo("Import stopped: every receipt was taken back out,"
                + " nothing was written.");
        assertThat(service.receipts()).isEmpty();
    }
}
