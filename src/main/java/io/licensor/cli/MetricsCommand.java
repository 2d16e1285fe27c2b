package io.licensor.cli;

import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.exchange.Json;
import io.licensor.exchange.MetricsJson;
import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioService;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code licensor metrics --portfolio DIR [--as-of DATE]} (cli.md, metrics.md). */
@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = "Prints the portfolio's metrics and risk flags as JSON.")
final class MetricsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PortfolioOption portfolio;

    @Option(names = "--as-of", paramLabel = "DATE", converter = PlainConverters.IsoDate.class,
            description = "the as-of date YYYY-MM-DD (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() throws Exception {
        Path folder = portfolio.existingFolder();
        Portfolio snapshot;
        try (PortfolioService service = PortfolioService.open(folder, portfolio.password())) {
            snapshot = service.snapshot();
        }
        MetricsSnapshot metrics = PortfolioMetrics.compute(snapshot, asOf != null ? asOf : LocalDate.now());
        spec.commandLine().getOut().println(Json.mapper().writeValueAsString(MetricsJson.toJson(metrics)));
        return ExitCodes.OK;
    }
}
