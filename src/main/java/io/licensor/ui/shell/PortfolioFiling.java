package io.licensor.ui.shell;

import io.licensor.model.InputRejectedException;
import io.licensor.service.PortfolioFiles;
import io.licensor.service.PortfolioInUseException;
import io.licensor.service.PortfolioOpenException;
import io.licensor.service.PortfolioService;
import io.licensor.service.DataFolders;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The File menu's portfolio commands: new, import and export. Each checks what it can up front (an empty folder, an
 * empty portfolio), does the work in the background, and explains a refusal listing every problem.
 */
final class PortfolioFiling {
    private static final Logger LOG = LoggerFactory.getLogger(PortfolioFiling.class);
    private final ShellModel shell;
    private final Dialogs dialogs;
    private final BackgroundWork work;

    PortfolioFiling(ShellModel shell, Dialogs dialogs, BackgroundWork work) {
        this.shell = shell;
        this.dialogs = dialogs;
        this.work = work;
    }

    void newPortfolio() {
        if (!shell.confirmLeave("create a new portfolio")) {
            return;
        }
        chooseNewFolder("New portfolio: choose an empty folder for it").ifPresent(folder ->
                shell.askNewPassword(folder).ifPresent(password ->
                        shell.switchTo("Creating a portfolio in " + folder + "...", folder,
                                () -> PortfolioService.open(folder, password.length == 0 ? null : password))));
    }

    /**
     * An empty (or not yet existing) folder for a new portfolio. A folder that already holds a portfolio is offered
     * for opening instead; a folder with other files is refused, so a portfolio never mixes with unrelated files.
     */
    private Optional<Path> chooseNewFolder(String title) {
        Optional<Path> chosen = dialogs.chooseFolder(title, null);
        if (chosen.isEmpty()) {
            return chosen;
        }
        Path folder = chosen.get();
        if (PortfolioFolders.holdsPortfolio(folder)) {
            if (dialogs.confirm("Folder holds a portfolio", "There is already a portfolio in " + folder + ".",
                    "Open it instead of creating a new one?", "Open it")) {
                shell.open(folder);
            }
            return Optional.empty();
        }
        if (Files.exists(folder) && !ShellModel.isEmptyFolder(folder)) {
            dialogs.showError("Folder not empty", "The folder " + folder + " already holds other files.",
                    "Choose an empty folder (or make a new one in the folder dialog) so the portfolio's files "
                            + "stay on their own.");
            return Optional.empty();
        }
        return chosen;
    }

    void importFile() {
        Optional<Path> file = dialogs.chooseFileToOpen("Import portfolio file", "Portfolio file (*.json)", "json");
        if (file.isEmpty()) {
            return;
        }
        Optional<PortfolioService> current = shell.service();
        if (current.isPresent() && current.get().isEmpty()) {
            PortfolioService target = current.get();
            work.run("Importing " + file.get().getFileName() + "...", () -> {
                PortfolioFiles.importFile(target, file.get());
                return target;
            }, imported -> shell.refresh(),
                    error -> explainImportFailure(file.get(), error));
            return;
        }
        if (!shell.confirmLeave("import a portfolio file")) {
            return;
        }
        chooseNewFolder("Import into a new portfolio: choose an empty folder for it")
                .ifPresent(folder -> importIntoNew(file.get(), folder));
    }

    /** A new portfolio in {@code folder} from the file; a refused import removes what it created. */
    private void importIntoNew(Path file, Path folder) {
        work.run("Importing " + file.getFileName() + " into " + folder + "...", () -> {
            PortfolioFiles.importInto(folder, file);
            return PortfolioService.open(folder);
        }, shell::show, error -> explainImportFailure(file, error));
    }

    private void explainImportFailure(Path file, Throwable error) {
        if (error instanceof InputRejectedException rejected) {
            dialogs.showProblems("Portfolio file not imported", file + " was not imported; nothing was changed. "
                    + "Fix these problems in the file and import it again:", rejected.problems());
        } else if (error instanceof PortfolioOpenException open) {
            explainOpenFailure(dialogs, open.folder(), open);
        } else {
            LOG.error("Importing {} failed", file, error);
            dialogs.showError("Import failed", file + " could not be imported.", reason(error));
        }
    }

    void exportFile() {
        Optional<PortfolioService> current = shell.service();
        if (current.isEmpty()) {
            return;
        }
        String suggested = current.get().settings().name().replaceAll("[^\\p{L}\\p{N} ._-]", "").trim();
        dialogs.chooseFileToSave("Export portfolio file", "Portfolio file (*.json)", "json",
                (suggested.isEmpty() ? "portfolio" : suggested) + ".json").ifPresent(file ->
                work.run("Exporting to " + file.getFileName() + "...", () -> {
                    PortfolioFiles.exportTo(current.get(), file);
                    return file;
                }, done -> shell.noteProperty().set("Exported the portfolio to " + done + "."),
                        error -> {
                            LOG.error("Exporting to {} failed", file, error);
                            dialogs.showError("Export failed", file + " could not be written.", reason(error));
                        }));
    }

    /** Explains why a portfolio did not open, naming the folder; never a stack trace (that goes to the log). */
    static void explainOpenFailure(Dialogs dialogs, Path folder, Throwable error) {
        if (error instanceof PortfolioInUseException inUse) {
            dialogs.showError("Portfolio in use", "The portfolio in " + folder + " is open elsewhere.",
                    inUse.getMessage());
        } else if (error instanceof PortfolioOpenException cannotOpen) {
            dialogs.showError("Cannot open portfolio", "The portfolio in " + folder + " cannot be opened.",
                    cannotOpen.getMessage());
        } else {
            LOG.error("Opening {} failed", folder, error);
            dialogs.showError("Cannot open portfolio", "The portfolio in " + folder + " cannot be opened.",
                    reason(error));
        }
    }

    private static String reason(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message + "\n\nThe details are in the log file in " + DataFolders.logFolder() + ".";
    }
}
