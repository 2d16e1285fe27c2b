package io.licensor.cli;

import io.licensor.model.BackupManifest;
import io.licensor.service.Restore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licensor restore --portfolio DIR FILE.zip}: checks the backup whole, then replaces the portfolio with it,
 * keeping the previous state in the portfolio's backup folder. A backup of a portfolio protected by a password takes
 * that password with {@code --password-file}; a missing or wrong one exits with code 4 and changes nothing.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the portfolio with a backup, after checking the backup whole. The portfolio as it "
                + "was is kept in its backups folder.")
public final class RestoreCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @Parameters(index = "0", paramLabel = "FILE.zip", description = "The backup to restore.")
    Path backup;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Restore.Outcome done = Restore.restore(backup, portfolio.folder(), portfolio.password());
        spec.commandLine().getErr().printf("Restored %s from %s (%s).%n", portfolio.folder().toAbsolutePath(),
                backup, describe(done.restored()));
        done.previousState().ifPresent(p -> spec.commandLine().getErr()
                .printf("The portfolio as it was before is kept in %s.%n", p));
        return ExitCodes.OK;
    }

    /** "made 2026-11-28T01:30:00Z by Licensor 0.1, data format 3: 5 assets, 6 licenses, 40 receipts". */
    static String describe(BackupManifest m) {
        return "made " + m.createdAt() + " by Licensor " + m.appVersion() + ", data format " + m.schemaVersion()
                + ": " + m.count("assets") + " assets, " + m.count("licenses") + " licenses, " + m.count("receipts")
                + " receipts";
    }
}
