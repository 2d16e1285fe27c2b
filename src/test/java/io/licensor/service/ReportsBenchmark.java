package io.licensor.service;

import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long the reports take: the demo's L1 statement and A1 asset report, and a statement of 1,000 quarterly periods
 * (about 25 pages). Not a test; run with exec:java (see docs/performance.md). Best of 5 after 3 warm-up runs.
 */
public final class ReportsBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ReportsBenchmark.class);

    private ReportsBenchmark() {}

    public static void main(String[] args) {
        Portfolio demo = DemoPortfolio.bundled();
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        Portfolio big = withQuarters(demo, "L5", 1000);
        LocalDate far = LocalDate.of(2300, 1, 1);
        measure("statement L1 (demo)", () -> Reports.statementPdf(Reports.statement(demo, "L1", null, asOf, asOf)));
        measure("asset report A1 (demo)", () -> Reports.assetPdf(Reports.asset(demo, "A1", asOf)));
        measure("statement of 1,000 periods", () -> Reports.statementPdf(Reports.statement(big, "L5", null, far,
                far)));
    }

    private static void measure(String what, java.util.function.Supplier<byte[]> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long best = Long.MAX_VALUE;
        int size = 0;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            size = work.get().length;
            best = Math.min(best, System.nanoTime() - start);
        }
        LOG.warn("{}: {} ms, {} bytes", what, best / 1_000_000, size);
    }

    static Portfolio withQuarters(Portfolio p, String licenseId, int count) {
        List<Receipt> receipts = new ArrayList<>(p.receipts());
        for (int i = 0; i < count; i++) {
            LocalDate from = LocalDate.of(2030, 1, 1).plusMonths(3L * i);
            receipts.add(new Receipt("X" + i, licenseId, ReceiptKind.ROYALTY, from, from.plusMonths(3).minusDays(1),
                    new BigDecimal("10000"), null, new BigDecimal("800.00"), BigDecimal.ZERO.setScale(2),
                    from.plusMonths(4)));
        }
        return new Portfolio(p.settings(), p.assets(), p.licenses(), receipts, p.enforcement(), p.fxRates());
    }
}
