package io.licensor.ui.imports;

import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.service.ImportCheck;
import io.licensor.service.ImportOutcome;
import io.licensor.service.ImportProgress;
import io.licensor.service.ImportRequest;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReceiptImport;
import io.licensor.service.StatementSetup;
import io.licensor.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statement import wizard without its window: pick the file and license, check the detected format and the
 * column mapping against a preview, check every row (nothing written), then import with progress and Cancel.
 * Slow work (detection, checking, writing) runs through {@link Jobs}, off the FX thread. Testable without a window.
 */
final class ImportWizardModel {

    /** The wizard's pages, in order. */
    enum Step { FILE, COLUMNS, CHECK, IMPORT }

    static final List<String> EXTENSIONS = List.of("csv", "tsv", "txt");
    private static final Logger LOG = LoggerFactory.getLogger(ImportWizardModel.class);

    private final PortfolioService service;
    private final ReceiptImport importer;
    private final Dialogs dialogs;
    private final Jobs jobs;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FILE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<LicenseChoice> licenses = FXCollections.observableArrayList();
    private final ObjectProperty<LicenseChoice> license = new SimpleObjectProperty<>();
    private final ObjectProperty<DetectedFormat> format = new SimpleObjectProperty<>();
    private final StringProperty mappingNote = new SimpleStringProperty("");
    private final FormatOverrides overrides = new FormatOverrides();
    private final MappingForm form = new MappingForm();
    private final ObservableList<String> mappingProblems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty cancellable = new SimpleBooleanProperty();
    private final StringProperty busyMessage = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<ImportCheck> check = new SimpleObjectProperty<>();
    private final BooleanProperty allowDuplicates = new SimpleBooleanProperty();
    private final ObjectProperty<ImportOutcome> outcome = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty endNote = new SimpleStringProperty("");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Runnable dataChanged = () -> { };
    private Runnable close = () -> { };
    private boolean loading;

    ImportWizardModel(PortfolioService service, Dialogs dialogs, Jobs jobs) {
        this.service = service;
        this.importer = new ReceiptImport(service);
        this.dialogs = dialogs;
        this.jobs = jobs;
        for (var property : overrides.all()) {
            property.addListener(o -> formatChanged());
        }
        for (var property : form.all()) {
            property.addListener(o -> updateProblems());
        }
    }

    /** Called after receipts were written (the shell shows them) and to close the window. */
    void onFinished(Runnable afterImport, Runnable closeWindow) {
        this.dataChanged = afterImport;
        this.close = closeWindow;
    }

    /** Loads the licenses to choose from, selecting preselected (an id) when given. */
    void loadLicenses(String preselected) {
        run("Loading licenses...", false, () -> service.licenses().stream().map(LicenseChoice::of).toList(),
                list -> {
                    licenses.setAll(list);
                    license.set(list.stream().filter(l -> l.id().equals(preselected)).findFirst()
                            .orElse(list.size() == 1 ? list.get(0) : license.get()));
                });
    }

    /** Asks for the statement file. */
    void chooseFile() {
        dialogs.chooseFileToOpen("Import statement: choose the file", "Statements (CSV, TSV, TXT)", EXTENSIONS)
                .ifPresent(file::set);
    }

    /** Next page: detect and set up the mapping, check every row, or import, depending on the page. */
    void next() {
        error.set("");
        endNote.set("");
        switch (step.get()) {
            case FILE -> setUp();
            case COLUMNS -> checkRows();
            case CHECK -> importRows();
            default -> close.run();
        }
    }

    /** True when the page's next action cannot be taken yet. */
    BooleanBinding nextDisabled() {
        return Bindings.createBooleanBinding(() -> busy.get() || switch (step.get()) {
            case FILE -> file.get() == null || license.get() == null;
            case COLUMNS -> format.get() == null || !mappingProblems.isEmpty();
            case CHECK -> check.get() == null || !check.get().canImport(allowDuplicates.get());
            case IMPORT -> false;
        }, busy, step, file, license, format, mappingProblems, check, allowDuplicates);
    }

    /** The previous page; the import page has none. */
    void back() {
        if (!busy.get() && (step.get() == Step.COLUMNS || step.get() == Step.CHECK)) {
            error.set("");
            step.set(step.get() == Step.CHECK ? Step.COLUMNS : Step.FILE);
        }
    }

    /** Cancel: stops the running check or import (nothing is written), else closes the wizard. */
    void cancel() {
        if (busy.get()) {
            if (cancellable.get()) {
                cancel.set(true);
                busyMessage.set("Cancelling...");
            }
            return;
        }
        close.run();
    }

    /** Reads and checks the file again (after it was corrected outside the app). */
    void recheck() {
        if (!busy.get() && step.get() == Step.CHECK) {
            error.set("");
            endNote.set("");
            checkRows();
        }
    }

    private void setUp() {
        Path chosen = file.get();
        if (!Files.isRegularFile(chosen)) {
            error.set(chosen + " is not a file that can be read.");
            return;
        }
        String licenseId = license.get().id();
        run("Reading " + chosen.getFileName() + "...", false,
                () -> importer.setup(StatementSource.of(chosen), licenseId, overrides.options()), setup -> {
                    show(setup);
                    step.set(Step.COLUMNS);
                });
    }

    private void show(StatementSetup setup) {
        loading = true;
        try {
            overrides.load(setup.mapping().options());
            form.load(setup.mapping());
            format.set(setup.format());
            mappingNote.set(setup.note());
            check.set(null);
        } finally {
            loading = false;
        }
        updateProblems();
    }

    /** A format setting changed: read the beginning of the file again; keep the columns it still has. */
    private void formatChanged() {
        if (loading || step.get() != Step.COLUMNS) {
            return;
        }
        Path chosen = file.get();
        run("Reading " + chosen.getFileName() + " again...", false,
                () -> importer.detect(StatementSource.of(chosen), overrides.options()), detected -> {
                    boolean sameHeader = format.get() != null && detected.header().equals(format.get().header());
                    loading = true;
                    try {
                        if (!sameHeader) {
                            form.load(importer.suggest(detected));
                            mappingNote.set("Columns suggested from their names: check them.");
                        }
                        form.keepOnly(detected);
                        format.set(detected);
                    } finally {
                        loading = false;
                    }
                    updateProblems();
                });
    }

    private void updateProblems() {
        if (!loading) {
            mappingProblems.setAll(form.problems(format.get(), overrides.options()));
        }
    }

    private void checkRows() {
        ImportRequest request = new ImportRequest(StatementSource.of(file.get()),
                form.mapping(overrides.options()), license.get().id(), form.period());
        check.set(null);
        allowDuplicates.set(false);
        run("Checking every row of " + file.get().getFileName() + "...", true,
                () -> importer.check(request, progress()), checked -> {
                    check.set(checked);
                    step.set(Step.CHECK);
                });
    }

    private void importRows() {
        ImportCheck checked = check.get();
        boolean duplicates = allowDuplicates.get();
        step.set(Step.IMPORT);
        outcome.set(null);
        endNote.set("");
        run("Importing " + checked.receiptCount() + " receipts...", true,
                () -> importer.write(checked, duplicates, progress()), written -> {
                    outcome.set(written);
                    dataChanged.run();
                });
    }

    /** Progress from the worker thread, handed to the FX thread; stops when Cancel was pressed. */
    private ImportProgress progress() {
        return new ImportProgress() {
            @Override
            public void update(Phase phase, long done, long total) {
                double fraction = total > 0 ? (double) done / total : -1;
                String words = phase == Phase.READING ? "Reading and checking rows..."
                        : String.format("Writing receipts: %,d of %,d", done, total);
                jobs.onFxThread(() -> {
                    if (!cancel.get()) {
                        progress.set(fraction);
                        busyMessage.set(words);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return cancel.get();
            }
        };
    }

    private <T> void run(String message, boolean canCancel, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        cancellable.set(canCancel);
        cancel.set(false);
        busyMessage.set(message);
        progress.set(-1);
        jobs.run(message, work, result -> {
            idle();
            done.accept(result);
        }, failure -> {
            idle();
            failed(failure);
        });
    }

    private void idle() {
        busy.set(false);
        cancellable.set(false);
        busyMessage.set("");
    }

    private void failed(Throwable failure) {
        boolean importing = step.get() == Step.IMPORT;
        if (failure instanceof CancellationException) {
            endNote.set(importing ? "Import stopped: every receipt was taken back out, nothing was written."
                    : "Checking stopped. Nothing was written.");
        } else if (failure instanceof InputRejectedException rejected) {
            error.set(rejected.problems().stream().map(Problem::toString).collect(Collectors.joining("\n")));
        } else {
            LOG.error("Statement import failed", failure);
            error.set("Could not finish: " + failure.getMessage() + ". Nothing was written. The details are in the"
                    + " log file.");
        }
        if (importing) {
            // nothing was written: back to the checked rows, from where the import can be tried again
            step.set(Step.CHECK);
        }
    }

    ObjectProperty<Step> stepProperty() {
        return step;
    }

    ObjectProperty<Path> fileProperty() {
        return file;
    }

    ObservableList<LicenseChoice> licenses() {
        return licenses;
    }

    ObjectProperty<LicenseChoice> licenseProperty() {
        return license;
    }

    ObjectProperty<DetectedFormat> formatProperty() {
        return format;
    }

    StringProperty mappingNoteProperty() {
        return mappingNote;
    }

    FormatOverrides overrides() {
        return overrides;
    }

    MappingForm form() {
        return form;
    }

    ObservableList<String> mappingProblems() {
        return mappingProblems;
    }

    BooleanProperty busyProperty() {
        return busy;
    }

    BooleanProperty cancellableProperty() {
        return cancellable;
    }

    StringProperty busyMessageProperty() {
        return busyMessage;
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    ObjectProperty<ImportCheck> checkProperty() {
        return check;
    }

    BooleanProperty allowDuplicatesProperty() {
        return allowDuplicates;
    }

    ObjectProperty<ImportOutcome> outcomeProperty() {
        return outcome;
    }

    StringProperty errorProperty() {
        return error;
    }

    /** Said after a cancel: "Import cancelled. Nothing was written." */
    StringProperty endNoteProperty() {
        return endNote;
    }
}
