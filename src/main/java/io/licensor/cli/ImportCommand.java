package io.licensor.cli;

import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code licensor import --portfolio DIR FILE.json}: loads a portfolio file into a new or empty portfolio. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads a portfolio file into a new or empty portfolio, all or nothing.",
            "Every problem of the file is listed with its JSON path; then nothing is written."})
public final class ImportCommand implements Callable<Integer> {
    @Mixin
    PortfolioOption portfolio;

    @Parameters(index = "0", paramLabel = "FILE.json", description = "The portfolio file to load.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = portfolio.folder();
        Portfolio imported = PortfolioFiles.importInto(folder, file, portfolio.password());
        spec.commandLine().getErr().printf("Imported %s into %s: %s, %s, %s, %s, %s.%n", file,
                folder.toAbsolutePath(), count(imported.assets().size(), "asset", "assets"),
                count(imported.licenses().size(), "license", "licenses"),
                count(imported.receipts().size(), "receipt", "receipts"),
                count(imported.enforcement().size(), "enforcement entry", "enforcement entries"),
                count(imported.fxRates().size(), "exchange rate", "exchange rates"));
        return ExitCodes.OK;
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
