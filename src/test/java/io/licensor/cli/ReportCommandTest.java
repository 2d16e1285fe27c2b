package io.licensor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.service.DemoPortfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code licensor report} on a real demo portfolio folder (H2 + Flyway). */
class ReportCommandTest {
    @TempDir
    Path dir;
    Path portfolio;

    @BeforeEach
    void demo() {
        portfolio = dir.resolve("demo");
        DemoPortfolio.install(portfolio).close();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void writesTheStatementOfL1ForARange() throws IOException {
        Path out = dir.resolve("l1.pdf");
        CliRun run = CliRun.of("report", "statement", "--portfolio", portfolio.toString(), "--license", "L1",
                "--from", "2025-01-01", "--to", "2025-12-31", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("Wrote the royalty statement of L1 (4 receipts)");
        String text = text(out);
        assertThat(text).contains("periods ending from 2025-01-01 to 2025-12-31", "1,750.00", "Short");
        assertThat(text).doesNotContain("R5 ");
    }

    @Test
    void writesTheAssetReport() throws IOException {
        Path out = dir.resolve("a1.pdf");
        CliRun run = CliRun.of("report", "asset", "--portfolio", portfolio.toString(), "--asset", "A1", "--as-of",
                "2026-11-27", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(text(out)).contains("Asset report: Churn predictor (ML model)", "as of 2026-11-27");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown license  | statement --license L99 --out x.pdf           | there is no license L99
            unknown asset    | asset --asset A99 --out x.pdf                 | there is no asset A99
            not a PDF name   | statement --license L1 --out x.txt            | must end in .pdf
            bad date         | statement --license L1 --to 2025-13-01 --out x.pdf | 2025-13-01
            range backwards  | statement --license L1 --from 2025-06-30 --to 2025-01-01 --out x.pdf | starts after it ends
            missing license  | statement --out x.pdf                         | --license
            """)
    void wrongInputExitsWith2AndWritesNothing(String name, String args, String message) throws IOException {
        String[] parts = args.split(" ");
        String[] all = new String[parts.length + 3];
        all[0] = "report";
        all[1] = parts[0];
        all[2] = "--portfolio=" + portfolio;
        for (int i = 1; i < parts.length; i++) {
            all[i + 2] = parts[i].endsWith(".pdf") || parts[i].endsWith(".txt") ? dir.resolve(parts[i]).toString()
                    : parts[i];
        }
        all[all.length - 1] = all[all.length - 1] == null ? "" : all[all.length - 1];
        CliRun run = CliRun.of(java.util.Arrays.stream(all).filter(s -> !s.isEmpty()).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("demo");
        }
    }

    @Test
    void aFolderWithoutAPortfolioExitsWith2AndStaysEmpty() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun run = CliRun.of("report", "statement", "--portfolio", empty.toString(), "--license", "L1", "--out",
                dir.resolve("x.pdf").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(empty.toFile().list()).isEmpty();
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void reportWithoutAKindExitsWith2() {
        CliRun run = CliRun.of("report");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("statement or asset");
    }
}
