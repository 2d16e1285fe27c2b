package io.licensor.cli;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.service.GenerateRequest;
import io.licensor.service.PortfolioGenerator;
import io.licensor.service.PortfolioService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code licensor generate --portfolio DIR --assets N --licenses M --receipts K --seed S}: fills a new or empty
 * portfolio with a reproducible synthetic one (docs/cli.md). Progress goes to standard error.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fills a new or empty portfolio with a realistic synthetic portfolio, for trying the app and "
            + "for benchmarks.", "The same options give the same portfolio, record for record."})
public final class GenerateCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @Option(names = "--assets", paramLabel = "N", defaultValue = "1000", description = "assets (default ${DEFAULT-VALUE})")
    int assets;

    @Option(names = "--licenses", paramLabel = "M", defaultValue = "5000",
            description = "licenses (default ${DEFAULT-VALUE})")
    int licenses;

    @Option(names = "--receipts", paramLabel = "K", defaultValue = "100000",
            description = "receipts, spread evenly over the licenses (default ${DEFAULT-VALUE})")
    long receipts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "the seed: equal seeds give equal portfolios (default ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        GenerateRequest request = new GenerateRequest(assets, licenses, receipts, seed);
        if (!request.problems().isEmpty()) {
            throw new InputRejectedException(null, request.problems());
        }
        Path folder = portfolio.folder().toAbsolutePath().normalize();
        refuseForeignFolder(folder);
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        PortfolioGenerator.Outcome outcome;
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            outcome = new PortfolioGenerator(service).generate(request, (written, total) ->
                    err.printf("Receipts: %,d of %,d (%d %%)%n", written, total, total == 0 ? 100 : written * 100 / total));
            // batches of inserts leave old page versions in the file: without them it is several times smaller
            // and reads faster (docs/decisions/0120-database-file-size.md)
            err.println("Compacting the database file...");
            service.closeCompacted();
        }
        err.printf("Generated into %s in %.1f s: %,d assets, %,d licenses, %,d receipts, %,d enforcement entries, "
                + "%,d exchange rates.%n", folder, (System.nanoTime() - started) / 1e9, outcome.assets(),
                outcome.licenses(), outcome.receipts(), outcome.enforcementEntries(), outcome.fxRates());
        return ExitCodes.OK;
    }

    /** A folder with other files and no portfolio is someone's folder, not a portfolio: do not write into it. */
    private static void refuseForeignFolder(Path folder) {
        if (!Files.isDirectory(folder) || PortfolioService.exists(folder)) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new InputRejectedException(null, new Problem("--portfolio " + folder,
                        "holds other files and no portfolio; name a new or empty folder"));
            }
        } catch (IOException e) {
            throw new InputRejectedException(null, new Problem("--portfolio " + folder,
                    "cannot be read: " + e.getMessage()));
        }
    }
}
