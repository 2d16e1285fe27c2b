package io.licensor.ui.shell;

import io.licensor.service.PortfolioEncryption;
import io.licensor.service.PortfolioOpenException;
import io.licensor.service.PortfolioPasswordException;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Dialogs.PasswordKind;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Portfolio passwords in the app (docs/decisions/0088, 0089): asks for the password of an encrypted portfolio before
 * opening it (a wrong one is said so and asked again), and sets, changes or removes the password of the open
 * portfolio, which is closed for that and opened again afterwards.
 */
final class PortfolioPasswords {
    private final ShellModel shell;
    private final Dialogs dialogs;
    private final BackgroundWork work;

    PortfolioPasswords(ShellModel shell, Dialogs dialogs, BackgroundWork work) {
        this.shell = shell;
        this.dialogs = dialogs;
        this.work = work;
    }

    /** Opens the portfolio, first asking for its password when it has one. */
    void open(Path folder) {
        if (PortfolioEncryption.isEncrypted(folder)) {
            askAndOpen(folder, "The portfolio in " + folder + " is protected by a password.");
        } else {
            shell.switchTo("Opening " + folder + "...", folder, () -> PortfolioService.open(folder));
        }
    }

    private void askAndOpen(Path folder, String header) {
        Optional<char[]> password = dialogs.askPassword("Open portfolio", header, PasswordKind.CURRENT);
        if (password.isEmpty()) {
            shell.noteProperty().set("Not opened: the portfolio in " + folder + " needs its password.");
            return;
        }
        work.run("Opening " + folder + "...", () -> PortfolioService.open(folder, password.get()), shell::show,
                error -> {
                    if (error instanceof PortfolioPasswordException wrong && wrong.wrongPassword()) {
                        askAndOpen(folder, "That password is wrong for the portfolio in " + folder
                                + ". Try again (check capitals and the keyboard layout).");
                    } else {
                        PortfolioFiling.explainOpenFailure(dialogs, folder, error);
                    }
                });
    }

    /** The password for a new portfolio: empty when the user cancelled, an empty array for none. */
    Optional<char[]> askForNewPortfolio(Path folder) {
        return dialogs.askPassword("New portfolio", "Protect the new portfolio in " + folder
                + " with a password? Its file is then encrypted.", PasswordKind.NEW_OR_NONE);
    }

    /** File > Set password... / Change password...: a new password for the open portfolio. */
    void change() {
        PortfolioService current = shell.service().orElse(null);
        if (current == null || !shell.confirmLeave("change the password")) {
            return;
        }
        Path folder = current.folder();
        if (!current.encrypted()) {
            dialogs.askPassword("Set password", "Choose a password for the portfolio in " + folder + ".",
                    PasswordKind.NEW).ifPresent(fresh -> reencrypt(folder, null, fresh,
                            "The portfolio is now protected by a password; its file is encrypted."));
            return;
        }
        withCurrentPassword(current, "Change password", old -> dialogs.askPassword("Change password",
                "Choose the new password for the portfolio in " + folder + ".", PasswordKind.NEW)
                .ifPresent(fresh -> reencrypt(folder, old, fresh, "The password was changed.")));
    }

    /**
     * Asks for the open portfolio's current password and checks it (in the background: the key derivation is slow
     * on purpose) before anything is closed; a wrong one is said so and nothing happens.
     */
    private void withCurrentPassword(PortfolioService current, String title, Consumer<char[]> then) {
        Optional<char[]> typed = dialogs.askPassword(title, "Type the current password of the portfolio in "
                + current.folder() + ".", PasswordKind.CURRENT);
        if (typed.isEmpty()) {
            return;
        }
        work.run("Checking the password...", () -> current.passwordMatches(typed.get()), matches -> {
            if (matches) {
                then.accept(typed.get());
            } else {
                dialogs.showError(title, "The current password is wrong.",
                        "Nothing was changed; the portfolio keeps its password.");
            }
        }, error -> PortfolioFiling.explainOpenFailure(dialogs, current.folder(), error));
    }

    /** File > Remove password...: the open portfolio's file is decrypted. */
    void remove() {
        PortfolioService current = shell.service().orElse(null);
        if (current == null || !current.encrypted() || !shell.confirmLeave("remove the password")) {
            return;
        }
        withCurrentPassword(current, "Remove password", old -> reencrypt(current.folder(), old, null,
                "The password was removed; the portfolio's file is no longer encrypted."));
    }

    /** Closes the portfolio, re-encrypts it and opens it again, with the new password or (on failure) the old. */
    private void reencrypt(Path folder, char[] old, char[] fresh, String done) {
        shell.closeCurrent();
        work.run("Re-encrypting the portfolio in " + folder + "...", () -> {
            try {
                PortfolioEncryption.changePassword(folder, old, fresh);
                return new Outcome(PortfolioService.open(folder, fresh), null);
            } catch (PortfolioOpenException | IllegalArgumentException e) {
                return new Outcome(PortfolioService.open(folder, old), e);
            }
        }, outcome -> {
            shell.show(outcome.service());
            if (outcome.failure() == null) {
                shell.noteProperty().set(done);
            } else {
                explainNotChanged(outcome.failure());
            }
        }, error -> PortfolioFiling.explainOpenFailure(dialogs, folder, error));
    }

    private void explainNotChanged(RuntimeException failure) {
        dialogs.showError("Password not changed", "The password could not be changed. Nothing was changed.",
                failure.getMessage());
    }

    private record Outcome(PortfolioService service, RuntimeException failure) {
    }
}
