package io.licensor.cli;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.MappingJson;
import io.licensor.exchange.statement.PeriodHint;
import io.licensor.exchange.statement.SkippedRow;
import io.licensor.exchange.statement.StatementOptions;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.service.ImportCheck;
import io.licensor.service.ImportOutcome;
import io.licensor.service.ImportProgress;
import io.licensor.service.ImportRequest;
import io.licensor.service.StatementTotals;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReceiptImport;
import io.licensor.service.StatementSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code licensor import-receipts --portfolio DIR --license ID [--mapping FILE.json] FILE.csv}: imports a royalty
 * statement as receipts, all or nothing (docs/statement-import.md). Every row is checked first; any problem, or a
 * likely duplicate without {@code --allow-duplicates}, refuses the file with exit code 2 and nothing written.
 */
@Command(name = "import-receipts", mixinStandardHelpOptions = true,
        description = {"Imports a royalty statement (CSV) as receipts of a license, all or nothing.",
            "Every row is checked first: each problem is listed with its line and column, likely duplicates are",
            "named, and then nothing is written (exit code 2). Without --mapping the mapping remembered for the",
            "licensee is used when it fits the file, else one suggested from the column names."})
public final class ImportReceiptsCommand implements Callable<Integer> {
    private static final int LISTED = 20;

    @Mixin
    PortfolioOption portfolio;

    @Option(names = "--license", paramLabel = "ID",
            description = "The license the statement is for. With a license column in the mapping: the license of"
                    + " the rows whose license cell is empty (optional then).")
    String license;

    @Option(names = "--mapping", paramLabel = "FILE.json",
            description = "The column mapping (licensor-statement-mapping JSON, see docs/statement-import.md).")
    Path mappingFile;

    @Option(names = "--period", paramLabel = "START..END",
            description = "The period of every row, for statements that give none (e.g. 2025-01-01..2025-03-31).")
    String period;

    @Option(names = "--allow-duplicates",
            description = "Import receipts for periods the license already has receipts for (refused by default).")
    boolean allowDuplicates;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The statement file.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        requireFile(file, "FILE.csv");
        ColumnMapping mapping = mappingFile == null ? null : MappingJson.read(requireFile(mappingFile, "--mapping"));
        PeriodHint hint = period == null ? null : parsePeriod(period);
        Path folder = portfolio.folder();
        if (!PortfolioService.exists(folder)) {
            // importing must not create an empty portfolio where a path was mistyped
            throw new InputRejectedException(folder.toString(), new Problem("--portfolio",
                    "there is no portfolio here; give the folder that holds the portfolio"));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            ReceiptImport importer = new ReceiptImport(service);
            StatementSource source = StatementSource.of(file);
            if (mapping == null) {
                StatementSetup setup = importer.setup(source, license, StatementOptions.DETECT);
                mapping = setup.mapping();
                err.println("Mapping: " + setup.note());
            }
            ImportCheck check = importer.check(new ImportRequest(source, mapping, license, hint),
                    ImportProgress.NONE);
            if (!check.isClean()) {
                throw check.rejection();
            }
            if (check.duplicateCount() > 0 && !allowDuplicates) {
                throw new InputRejectedException(source.name() + " (likely duplicates; nothing was imported; to"
                        + " import them anyway, add --allow-duplicates)", check.duplicateRejection().problems());
            }
            notes(check, err);
            ImportOutcome outcome = importer.write(check, allowDuplicates, ImportProgress.NONE);
            summary(outcome, source.name(), service.folder(), spec.commandLine().getOut());
            if (outcome.mappingSavedFor() != null) {
                String who = outcome.mappingSavedFor();
                err.println("Remembered this mapping for " + who + (who.endsWith(".") ? "" : "."));
            }
        }
        return ExitCodes.OK;
    }

    private static Path requireFile(Path path, String what) {
        if (!Files.isRegularFile(path)) {
            throw new InputRejectedException(path.toString(), new Problem(what, Files.exists(path)
                    ? "is not a file" : "does not exist"));
        }
        return path;
    }

    private static PeriodHint parsePeriod(String text) {
        String[] parts = text.split("\\.\\.", -1);
        try {
            if (parts.length == 2) {
                LocalDate start = LocalDate.parse(parts[0].strip());
                LocalDate end = LocalDate.parse(parts[1].strip());
                if (!end.isBefore(start)) {
                    return new PeriodHint(start, end, 0, "--period " + text);
                }
            }
        } catch (DateTimeParseException e) {
            // refused below with the form that works
        }
        throw new InputRejectedException("--period", new Problem(text, "must be START..END with ISO dates, the"
                + " start not after the end, e.g. 2025-01-01..2025-03-31"));
    }

    /** What was left out or rounded, on standard error, so nothing goes missing silently. */
    private static void notes(ImportCheck check, PrintWriter err) {
        if (check.skippedCount() > 0) {
            err.println("Left out " + count(check.skippedCount(), "row", "rows") + ":");
            check.skipped().stream().limit(LISTED).map(SkippedRow::toString).forEach(s -> err.println("  " + s));
            if (check.skippedCount() > LISTED) {
                err.println("  ... and " + (check.skippedCount() - LISTED) + " more");
            }
        }
        if (check.roundedTotals() > 0) {
            err.println(count(check.roundedTotals(), "period total was", "period totals were")
                    + " rounded to the currency's minor units.");
        }
        if (check.duplicateCount() > 0) {
            err.println("Importing " + count(check.duplicateCount(), "likely duplicate", "likely duplicates")
                    + " as asked (--allow-duplicates).");
        }
    }

    /** What was imported, on standard output: one line for the file, one per license. */
    private static void summary(ImportOutcome outcome, String source, Path folder, PrintWriter out) {
        out.printf("Imported %s%s from %s into %s.%n", count(outcome.imported(), "receipt", "receipts"),
                outcome.imported() == 0 ? "" : " (" + outcome.firstId() + " to " + outcome.lastId() + ")", source,
                folder);
        outcome.perLicense().stream().limit(LISTED).forEach(t -> out.printf(
                "  %s (%s): %s for periods ending %s to %s; gross %s, withholding %s, net %s%n", t.licenseId(),
                t.licensee(), count(t.receipts(), "receipt", "receipts"), t.firstPeriodEnd(), t.lastPeriodEnd(),
                money(t, t.gross()), money(t, t.withholding()), money(t, t.net())));
        if (outcome.perLicense().size() > LISTED) {
            out.printf("  ... and %d more licenses%n", outcome.perLicense().size() - LISTED);
        }
    }

    private static String money(StatementTotals t, BigDecimal amount) {
        return Money.of(amount, t.currency()).toString();
    }

    private static String count(long n, String singular, String plural) {
        return String.format("%,d %s", n, n == 1 ? singular : plural);
    }
}
