package io.licensor.ui.shell;

import io.licensor.model.BackupManifest;
import io.licensor.model.InputRejectedException;
import io.licensor.service.BackupPasswordException;
import io.licensor.service.Backups;
import io.licensor.service.DataFolders;
import io.licensor.service.PortfolioPasswordException;
import io.licensor.service.PortfolioService;
import io.licensor.service.Restore;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.PasswordKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * File > Back up... and File > Restore from backup... (decisions 0085, 0086). A backup is written while the portfolio
 * stays open. A restore checks the chosen zip whole before anything changes, asks, closes the portfolio, puts the
 * backup in its place (the state before is kept in the portfolio's backups folder) and opens it again; whatever
 * fails, the portfolio is opened again as it then is. A backup of a portfolio protected by a password stays
 * encrypted: its password is asked for (and asked again when wrong) before it is checked; the restored portfolio keeps
 * it. The shell does not keep the open portfolio's password, so it is always asked.
 */
final class BackupFiling {
    private static final Logger LOG = LoggerFactory.getLogger(BackupFiling.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
    private final ShellModel shell;
    private final Dialogs dialogs;
    private final BackgroundWork work;

    BackupFiling(ShellModel shell, Dialogs dialogs, BackgroundWork work) {
        this.shell = shell;
        this.dialogs = dialogs;
        this.work = work;
    }

    void backUp() {
        Optional<PortfolioService> current = shell.service();
        if (current.isEmpty()) {
            return;
        }
        String name = current.get().settings().name().replaceAll("[^\\p{L}\\p{N} ._-]", "").trim();
        String suggested = (name.isEmpty() ? "portfolio" : name) + " backup " + LocalDate.now() + ".zip";
        dialogs.chooseFileToSave("Back up portfolio", "Licensor backup (*.zip)", "zip", suggested).ifPresent(file ->
                work.run("Backing up to " + file.getFileName() + "...", () -> Backups.create(current.get(), file),
                        m -> shell.noteProperty().set("Backed up to " + file + " (" + holds(m) + ")."),
                        error -> {
                            LOG.error("Backing up to {} failed", file, error);
                            dialogs.showError("Backup failed", file + " could not be written.", reason(error));
                        }));
    }

    void restore() {
        Optional<PortfolioService> current = shell.service();
        if (current.isEmpty()) {
            return;
        }
        Path folder = current.get().folder();
        dialogs.chooseFileToOpen("Restore from backup", "Licensor backup (*.zip)", "zip").ifPresent(zip ->
                check(folder, zip, null));
    }

    /** Checks the zip whole (opening a protected one with {@code password}) before anything is asked or closed. */
    private void check(Path folder, Path zip, char[] password) {
        work.run("Checking " + zip.getFileName() + "...", () -> Restore.check(zip, password),
                m -> confirmAndRestore(folder, zip, m, password), error -> {
                    if (error instanceof BackupPasswordException locked) {
                        askPassword(folder, zip, locked.wrongPassword()
                                ? "That password does not open the backup " + zip.getFileName() + ". Try again "
                                        + "(check capitals and the keyboard layout)."
                                : "The backup " + zip.getFileName() + " is protected by a password. Type the "
                                        + "password the portfolio had when it was backed up.");
                    } else {
                        explainRefusal(zip, error);
                    }
                });
    }

    private void askPassword(Path folder, Path zip, String header) {
        dialogs.askPassword("Restore from backup", header, PasswordKind.CURRENT).ifPresentOrElse(
                password -> check(folder, zip, password), () -> shell.noteProperty().set("Not restored: the "
                        + "backup " + zip.getFileName() + " needs its password. Nothing was changed."));
    }

    private void confirmAndRestore(Path folder, Path zip, BackupManifest m, char[] password) {
        String made = WHEN.format(m.createdAt().atZone(ZoneId.systemDefault()));
        if (!dialogs.confirm("Restore from backup", "Replace the portfolio with the backup made " + made + "?",
                "The backup holds " + holds(m) + ". The portfolio as it is now is kept in "
                        + folder.resolve(Backups.FOLDER) + ", so you can go back to it the same way.", "Restore")
                || !shell.confirmLeave("restore a backup")) {
            return;
        }
        shell.closeOpenPortfolio();
        work.run("Restoring " + zip.getFileName() + "...", () -> {
            Restore.Outcome done = Restore.restore(zip, folder, password);
            return new Restored(PortfolioService.open(folder, password), done);
        }, restored -> {
            shell.show(restored.service());
            shell.noteProperty().set("Restored the backup made " + made + restored.outcome().previousState()
                    .map(p -> "; the state before is kept in " + p.getFileName()).orElse("") + ".");
        }, error -> {
            explainRefusal(zip, error);
            reopen(folder, password);
        });
    }

    /**
     * Opens the portfolio again after a refused restore: with the backup's password when it opens it, else as File >
     * Open does (asking for its password when it has one).
     */
    private void reopen(Path folder, char[] password) {
        work.run("Opening " + folder + "...", () -> PortfolioService.open(folder, password), shell::show, error -> {
            if (error instanceof PortfolioPasswordException) {
                shell.open(folder);
            } else {
                PortfolioFiling.explainOpenFailure(dialogs, folder, error);
            }
        });
    }

    private record Restored(PortfolioService service, Restore.Outcome outcome) {}

    private void explainRefusal(Path zip, Throwable error) {
        if (error instanceof InputRejectedException rejected) {
            dialogs.showProblems("Backup not restored", zip + " cannot be restored; nothing was changed:",
                    rejected.problems());
        } else {
            LOG.error("Restoring {} failed", zip, error);
            dialogs.showError("Restore failed", zip + " was not restored; the portfolio was left as it was.",
                    reason(error));
        }
    }

    static String holds(BackupManifest m) {
        return m.count("assets") + " assets, " + m.count("licenses") + " licenses and " + m.count("receipts")
                + " receipts";
    }

    private static String reason(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return message + "\n\nThe details are in the log file in " + DataFolders.logFolder() + ".";
    }
}
