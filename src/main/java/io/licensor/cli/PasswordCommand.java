package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.service.PortfolioEncryption;
import io.licensor.service.PortfolioPassword;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code licensor password --portfolio DIR [--password-file CURRENT] (--new-password-file NEW | --remove)}: sets,
 * changes or removes the portfolio's password through a verified copy (docs/decisions/0089).
 */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = {"Sets, changes or removes the portfolio's password (its database file is encrypted with it).",
            "The file is re-encrypted into a copy, the copy is checked row by row and then replaces the original in "
                    + "one step; the portfolio must not be open elsewhere. A forgotten password cannot be recovered."})
public final class PasswordCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Change change;

    @Spec
    CommandSpec spec;

    /** Exactly one of: a new password, or none. */
    static final class Change {
        @Option(names = "--new-password-file", paramLabel = "FILE", required = true,
                description = "A file holding the new password (UTF-8; one final line break is ignored).")
        Path newPasswordFile;

        @Option(names = "--remove", required = true,
                description = "Remove the password: the database file is no longer encrypted.")
        boolean remove;
    }

    @Override
    public Integer call() {
        Path folder = portfolio.existingFolder();
        char[] fresh = null;
        if (change.remove) {
            if (!PortfolioEncryption.isEncrypted(folder)) {
                throw new InputRejectedException(null, new Problem("--remove",
                        "the portfolio in " + folder.toAbsolutePath() + " has no password"));
            }
        } else {
            fresh = PortfolioOption.readPasswordFile(change.newPasswordFile, "--new-password-file");
            String problem = PortfolioPassword.problem(fresh);
            if (problem != null) {
                throw new InputRejectedException(change.newPasswordFile.toString(),
                        new Problem("--new-password-file", problem));
            }
        }
        Map<String, Long> rows = PortfolioEncryption.changePassword(folder, portfolio.password(), fresh);
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        spec.commandLine().getErr().printf("%s %s: %d rows in %d tables checked in the new file.%n",
                fresh == null ? "Removed the password of" : "Set the password of", folder.toAbsolutePath(), total,
                rows.size());
        return ExitCodes.OK;
    }
}
