package io.licensor.cli;

import io.licensor.model.BackupManifest;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.service.Backups;
import io.licensor.service.PortfolioService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code licensor backup --portfolio DIR --out FILE.zip}: one zip, consistent even while the portfolio is in use. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a backup of the portfolio: one zip with its database and a manifest with a checksum.")
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @Option(names = "--out", paramLabel = "FILE.zip", required = true,
            description = "The backup file to write (replaced whole, once complete).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = portfolio.existingFolder();
        if (Files.isDirectory(out)) {
            throw new InputRejectedException(null, new Problem("--out " + out, "is a folder; name a .zip file"));
        }
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            BackupManifest m = Backups.create(service, out);
            spec.commandLine().getErr().printf("Backed up %s to %s (%s).%n", service.folder(), out,
                    RestoreCommand.describe(m));
        }
        return ExitCodes.OK;
    }
}
