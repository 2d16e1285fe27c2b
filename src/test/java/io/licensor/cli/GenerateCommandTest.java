package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioChecks;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.service.PortfolioService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code licensor generate} into real portfolio folders (H2 + Flyway), read back through the service. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    private CliRun generate(Path folder, String... sizes) {
        String[] args = new String[sizes.length + 3];
        args[0] = "generate";
        args[1] = "--portfolio";
        args[2] = folder.toString();
        System.arraycopy(sizes, 0, args, 3, sizes.length);
        return CliRun.of(args);
    }

    private static Portfolio read(Path folder) {
        try (PortfolioService s = PortfolioService.open(folder)) {
            return s.snapshot();
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            # assets, licenses, receipts
               1,   1,     0
               3,   7,     5
              20,  40,  1000
              50, 120,  9999
              10,  30,  2000
            """)
    void writesExactlyTheCountsAskedFor(int assets, int licenses, int receipts) {
        Path folder = dir.resolve("p");
        CliRun run = generate(folder, "--assets", "" + assets, "--licenses", "" + licenses,
                "--receipts", "" + receipts, "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Portfolio p = read(folder);
        assertThat(p.assets()).hasSize(assets);
        assertThat(p.licenses()).hasSize(licenses);
        assertThat(p.receipts()).hasSize(receipts);
        assertThat(PortfolioChecks.problems(p)).isEmpty();
        assertThat(run.err()).contains("Generated into").contains(String.format("%,d receipts", receipts));
    }

    @Test
    void theSameSeedGivesTheSamePortfolioAndAnotherSeedAnotherOne() {
        String[] sizes = {"--assets", "30", "--licenses", "60", "--receipts", "3000", "--seed", "42"};
        assertThat(generate(dir.resolve("a"), sizes).exitCode()).isZero();
        assertThat(generate(dir.resolve("b"), sizes).exitCode()).isZero();
        sizes[7] = "43";
        assertThat(generate(dir.resolve("c"), sizes).exitCode()).isZero();
        Portfolio a = read(dir.resolve("a"));
        assertThat(read(dir.resolve("b"))).isEqualTo(a);
        Portfolio c = read(dir.resolve("c"));
        assertThat(c.receipts()).hasSameSizeAs(a.receipts()).isNotEqualTo(a.receipts());
        assertThat(c.licenses()).isNotEqualTo(a.licenses());
    }

    @Test
    void mixesStructuresCurrenciesRenewalsEnforcementAndUnderPayments() {
        Path folder = dir.resolve("p");
        assertThat(generate(folder, "--assets", "40", "--licenses", "100", "--receipts", "2000").exitCode()).isZero();
        Portfolio p = read(folder);
        assertThat(p.licenses()).extracting(l -> l.terms().currency().getCurrencyCode()).contains("USD", "EUR", "GBP");
        assertThat(p.licenses()).anyMatch(l -> l.terms().tiers().size() == 1
                && l.terms().basis() == RoyaltyBasis.NET_SALES);
        assertThat(p.licenses()).anyMatch(l -> l.terms().tierMode() == TierMode.MARGINAL
                && l.terms().tierReset() == TierReset.CONTRACT_YEAR && l.terms().tiers().size() == 3);
        assertThat(p.licenses()).anyMatch(l -> l.terms().tierMode() == TierMode.WHOLE_VOLUME);
        assertThat(p.licenses()).anyMatch(l -> l.terms().basis() == RoyaltyBasis.UNITS);
        assertThat(p.licenses().stream().map(License::renewalOf).filter(Objects::nonNull)).isNotEmpty();
        assertThat(p.assets()).extracting(a -> a.type()).hasSizeGreaterThan(4);
        assertThat(p.enforcement()).hasSize(2);
        assertThat(p.fxRates()).isNotEmpty();
        assertThat(p.receipts()).anyMatch(r -> r.reportedUnits() != null).anyMatch(r -> r.reportedSales() != null);
        assertThat(p.receipts()).extracting(Receipt::id).doesNotHaveDuplicates();
    }

    @Test
    void theResultOpensAndMetricsRunOnItWithUnderPaymentsFlagged() {
        Path folder = dir.resolve("p");
        assertThat(generate(folder, "--assets", "40", "--licenses", "100", "--receipts", "2000").exitCode()).isZero();
        CliRun metrics = CliRun.of("metrics", "--portfolio", folder.toString(), "--as-of", "2026-10-31");
        assertThat(metrics.exitCode()).as(metrics.err()).isZero();
        JsonNode j = metrics.json();
        assertThat(j.get("licenses")).hasSize(100);
        assertThat(j.get("assets")).hasSize(40);
        assertThat(j.get("portfolio").get("licensingIncome").asText()).isNotEqualTo("0.00");
        assertThat(j.get("flags").toString()).contains("UNDERPAYMENT");
    }

    @Test
    void refusesAPortfolioThatAlreadyHoldsDataAndLeavesItAsItWas() {
        Path folder = dir.resolve("p");
        assertThat(generate(folder, "--assets", "2", "--licenses", "3", "--receipts", "10").exitCode()).isZero();
        Portfolio before = read(folder);
        CliRun again = generate(folder, "--assets", "5", "--licenses", "5", "--receipts", "50");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(again.err()).contains(folder.toAbsolutePath().toString()).contains("already holds data");
        assertThat(read(folder)).isEqualTo(before);
    }

    @Test
    void refusesAFolderOfOtherFilesWithoutWritingIntoIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(folder.resolve("letter.txt"), "hello");
        CliRun run = generate(folder, "--receipts", "10", "--licenses", "2", "--assets", "1");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("holds other files and no portfolio");
        assertThat(folder.toFile().list()).containsExactly("letter.txt");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            --assets,   0,  --assets
            --licenses, 0,  --licenses
            --receipts, -1, --receipts
            --receipts, 100000, gives 1000 receipts per license
            """)
    void refusesWrongSizesNamingTheOptionAndWritesNothing(String option, String value, String named) {
        String[] args = {"--assets", "5", "--licenses", "100", "--receipts", "100"};
        for (int i = 0; i < args.length; i += 2) {
            if (args[i].equals(option)) {
                args[i + 1] = value;
            }
        }
        CliRun run = generate(dir.resolve("p"), args);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(named);
        assertThat(dir.resolve("p")).doesNotExist();
    }
}
