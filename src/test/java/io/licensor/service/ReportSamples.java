package io.licensor.service;

import io.licensor.model.Portfolio;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes the demo's L1 royalty statement and A1 asset report (and the other assets' reports) into a folder, to look
 * at them rendered (pdftoppm -png -r 80). Not a test: run with exec:java, argument = output folder.
 */
public final class ReportSamples {
    private ReportSamples() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/report-samples");
        Files.createDirectories(dir);
        Portfolio demo = DemoPortfolio.bundled();
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        Reports.write(Reports.statementPdf(Reports.statement(demo, "L1", null, asOf, asOf)),
                dir.resolve("statement-L1.pdf"));
        for (var license : demo.licenses()) {
            Reports.write(Reports.statementPdf(Reports.statement(demo, license.id(), null, asOf, asOf)),
                    dir.resolve("statement-" + license.id() + ".pdf"));
        }
        LocalDate far = LocalDate.of(2060, 12, 31);
        Reports.write(Reports.statementPdf(Reports.statement(ReportsBenchmark.withQuarters(demo, "L5", 120), "L5",
                null, far, far)), dir.resolve("statement-long.pdf"));
        for (var asset : demo.assets()) {
            Reports.write(Reports.assetPdf(Reports.asset(demo, asset.id(), asOf)),
                    dir.resolve("asset-" + asset.id() + ".pdf"));
        }
    }
}
