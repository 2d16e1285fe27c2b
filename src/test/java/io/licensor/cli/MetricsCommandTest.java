package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.analytics.metrics.MetricsFixture;
import io.licensor.model.Problem;
import io.licensor.service.PortfolioService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code licensor metrics} on a real portfolio folder (H2 + Flyway) holding the metrics test portfolio. */
class MetricsCommandTest {
    @TempDir
    Path dir;

    Path portfolio() {
        Path folder = dir.resolve("portfolio");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.importPortfolio(MetricsFixture.everything());
        }
        return folder;
    }

    @Test
    void printsTheSpecsShapeWithMoneyAsStringsAndRatiosAsNumbersOrNull() {
        CliRun run = CliRun.of("metrics", "--portfolio", portfolio().toString(), "--as-of", "2025-12-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = run.json();
        assertThat(fieldNames(j)).containsExactly("asOf", "reportingCurrency", "portfolio", "assets", "licenses",
                "flags", "warnings");
        assertThat(j.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(j.get("reportingCurrency").asText()).isEqualTo("USD");
        JsonNode p = j.get("portfolio");
        assertThat(p.toString()).isEqualTo("{\"licensingIncome\":\"16949.98\",\"netEnforcementCost\":\"3050.01\","
                + "\"enforcementCostRatio\":0.1799418052410681,\"renewalRate\":0.5,\"hhi\":0.4044950603203561}");
        assertThat(j.get("assets").get(0).toString()).isEqualTo("{\"id\":\"A1\",\"licensingIncome\":\"7500.33\","
                + "\"yield\":0.06250275,\"netEnforcementCost\":\"50.01\",\"enforcementCostRatio\":0.006667706620908680}");
        assertThat(j.get("assets").get(2).get("enforcementCostRatio").isNull()).isTrue();
        assertThat(j.get("licenses").get(0).toString()).isEqualTo("{\"id\":\"L1\",\"currency\":\"USD\","
                + "\"expected\":\"25000.00\",\"received\":\"20000.01\",\"shortfall\":\"4999.99\"}");
        assertThat(j.get("flags").get(0).toString()).isEqualTo("{\"code\":\"AI_PROVENANCE_MISSING\",\"asset\":\"A3\"}");
        assertThat(j.get("flags").get(3).toString())
                .isEqualTo("{\"code\":\"CROSS_BORDER_WITHHOLDING\",\"license\":\"L1\"}");
        assertThat(j.get("warnings").get(0).asText()).isEqualTo("receipt R14: no CHF rate on or before 2025-11-15");
    }

    @Test
    void refusesAnEmptyFolderWithoutMakingItAPortfolio() {
        CliRun run = CliRun.of("metrics", "--portfolio", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void refusesAFolderThatDoesNotExistWithoutCreatingIt() {
        Path missing = dir.resolve("typo");
        CliRun run = CliRun.of("metrics", "--portfolio", missing.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--portfolio " + missing + ": there is no portfolio in this folder");
        assertThat(missing).doesNotExist();
    }

    @Test
    void refusesABadDateWithExitTwo() {
        CliRun run = CliRun.of("metrics", "--portfolio", portfolio().toString(), "--as-of", "2025-02-30");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Invalid value for option '--as-of': '2025-02-30' is not a real date in the"
                + " form YYYY-MM-DD");
    }

    @Test
    void saysSoWithExitThreeWhenThePortfolioIsOpenElsewhere() {
        Path folder = portfolio();
        try (PortfolioService open = PortfolioService.open(folder)) {
            CliRun run = CliRun.of("metrics", "--portfolio", folder.toString());
            assertThat(run.exitCode()).isEqualTo(ExitCodes.IN_USE);
            assertThat(run.err()).contains(folder.toString());
        }
    }

    @Test
    void theTestPortfolioIsAValidPortfolio() {
        List<Problem> problems = new ArrayList<>(io.licensor.model.PortfolioChecks.problems(
                MetricsFixture.everything()));
        assertThat(problems).isEmpty();
    }

    static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
