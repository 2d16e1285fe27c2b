package io.licensor.cli;

import io.licensor.service.PortfolioFiles;
import io.licensor.service.PortfolioService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code licensor export --portfolio DIR [--out FILE.json]}: writes the portfolio file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the whole portfolio as a portfolio file (to standard output without --out).")
public final class ExportCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @Option(names = "--out", paramLabel = "FILE.json",
            description = "Write to this file (replaced whole, atomically) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = portfolio.existingFolder();
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                PortfolioFiles.exportTo(service, stdout);
                stdout.flush();
            } else {
                PortfolioFiles.exportTo(service, out);
                spec.commandLine().getErr().printf("Exported %s to %s.%n", folder.toAbsolutePath(), out);
            }
        }
        return ExitCodes.OK;
    }
}
