package io.licensor.cli;

import io.licensor.exchange.report.AssetReportData;
import io.licensor.exchange.report.StatementData;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import io.licensor.service.PortfolioService;
import io.licensor.service.Reports;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code licensor report statement|asset ...}: writes a PDF royalty statement or asset report (docs/reports.md).
 * Nothing is written when the input is wrong (exit 2).
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a PDF report: a royalty statement of a license or a report on an asset.",
        subcommands = {ReportCommand.Statement.class, ReportCommand.AssetReport.class})
final class ReportCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing report: statement or asset");
    }

    /** The portfolio snapshot, refusing a folder that holds no portfolio (open() would create one). */
    static Portfolio snapshot(PortfolioOption portfolio) {
        Path folder = portfolio.existingFolder();
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            return service.snapshot();
        }
    }

    static void refuseNonPdf(Path out) {
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new InputRejectedException(null, new Problem("--out " + out, "the report file must end in .pdf"));
        }
    }

    /** {@code licensor report statement --portfolio DIR --license ID [--from DATE] [--to DATE] --out FILE.pdf}. */
    @Command(name = "statement", mixinStandardHelpOptions = true,
            description = "Writes the royalty statement of one license for the periods ending in a date range.")
    static final class Statement implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        PortfolioOption portfolio;

        @Option(names = "--license", required = true, paramLabel = "ID", description = "the license, e.g. L1")
        String license;

        @Option(names = "--from", paramLabel = "DATE", converter = PlainConverters.IsoDate.class,
                description = "first period end to include, YYYY-MM-DD (default: the first)")
        LocalDate from;

        @Option(names = "--to", paramLabel = "DATE", converter = PlainConverters.IsoDate.class,
                description = "last period end to include, YYYY-MM-DD (default: today)")
        LocalDate to;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            refuseNonPdf(out);
            LocalDate today = LocalDate.now();
            Portfolio snapshot = snapshot(portfolio);
            StatementData data = Reports.statement(snapshot, license, from, to != null ? to : today, today);
            Reports.write(Reports.statementPdf(data), out);
            spec.commandLine().getErr().println("Wrote the royalty statement of " + license + " ("
                    + data.lines().size() + " receipts) to " + out);
            return ExitCodes.OK;
        }
    }

    /** {@code licensor report asset --portfolio DIR --asset ID [--as-of DATE] --out FILE.pdf}. */
    @Command(name = "asset", mixinStandardHelpOptions = true,
            description = "Writes the report on one asset: facts, figures, income chart, flags and licenses.")
    static final class AssetReport implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        PortfolioOption portfolio;

        @Option(names = "--asset", required = true, paramLabel = "ID", description = "the asset, e.g. A1")
        String asset;

        @Option(names = "--as-of", paramLabel = "DATE", converter = PlainConverters.IsoDate.class,
                description = "the as-of date YYYY-MM-DD (default: today)")
        LocalDate asOf;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "the PDF file to write")
        Path out;

        @Override
        public Integer call() throws Exception {
            refuseNonPdf(out);
            Portfolio snapshot = snapshot(portfolio);
            AssetReportData data = Reports.asset(snapshot, asset, asOf != null ? asOf : LocalDate.now());
            Reports.write(Reports.assetPdf(data), out);
            spec.commandLine().getErr().println("Wrote the report on asset " + asset + " to " + out);
            return ExitCodes.OK;
        }
    }
}
