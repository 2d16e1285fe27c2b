package io.licensor.cli;

import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.exchange.Json;
import io.licensor.exchange.SalesCsv;
import io.licensor.exchange.ScheduleJson;
import io.licensor.exchange.TermsJson;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code licensor simulate --terms TERMS.json --sales SALES.csv [--discount-rate D]} (cli.md, royalty-terms.md). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Runs the royalty engine on one set of terms and a sales file; prints the schedule as JSON.")
final class SimulateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--terms", required = true, paramLabel = "TERMS.json", description = "the royalty terms")
    Path terms;

    @Option(names = "--sales", required = true, paramLabel = "SALES.csv",
            description = "one row per reporting period: period_end, net_sales or units, optional period_start")
    Path sales;

    @Option(names = "--discount-rate", paramLabel = "D", converter = PlainConverters.Decimal.class,
            description = "annual discount rate for the net present value, e.g. 0.08 for 8 %%")
    BigDecimal discountRate;

    @Override
    public Integer call() throws Exception {
        if (discountRate != null && discountRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--discount-rate must be greater than -1 (-100 %), got " + discountRate.toPlainString());
        }
        RoyaltyTerms royaltyTerms = TermsJson.read(terms);
        SalesCsv.Sales rows = SalesCsv.read(sales, royaltyTerms.basis());
        RoyaltyEngine engine = RoyaltyEngine.of(royaltyTerms);
        List<Problem> problems = engine.problems(rows.periods(), rows.locator());
        if (!problems.isEmpty()) {
            throw new InputRejectedException(sales.toString(), problems);
        }
        RoyaltySchedule schedule = engine.run(rows.periods(), discountRate);
        spec.commandLine().getOut().println(Json.mapper().writeValueAsString(ScheduleJson.toJson(schedule)));
        return ExitCodes.OK;
    }
}
