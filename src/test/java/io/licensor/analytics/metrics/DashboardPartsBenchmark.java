package io.licensor.analytics.metrics;

import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioService;
import io.licensor.service.dashboard.PortfolioDashboards;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** Where the dashboard's time goes: each part of PortfolioDashboards.of timed alone on one portfolio, warm. */
public final class DashboardPartsBenchmark {
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Portfolio p;
        try (PortfolioService service = PortfolioService.open(folder)) {
            long t = System.nanoTime();
            p = service.snapshot();
            System.out.printf("snapshot %.0f ms%n", (System.nanoTime() - t) / 1e6);
        }
        LocalDate asOf = LocalDate.of(2026, 10, 31);
        BigDecimal rate = new BigDecimal("0.10");
        for (int round = 0; round < 6; round++) {
            LocalDate d = asOf.minusDays(round);
            time("index", () -> new PortfolioIndex(p, d));
            PortfolioIndex ix = new PortfolioIndex(p, d);
            time("ledger", () -> IncomeLedger.compute(ix, io.licensor.model.ReceiptKind.values().length));
            time("expected", () -> {
                for (int k = 0; k < p.licenses().size(); k++) {
                    Expectations.of(ix, k);
                }
                return null;
            });
            time("metrics", () -> PortfolioMetrics.compute(p, d));
            time("history", () -> IncomeHistory.compute(p, List.of(IncomeHistory.Range.trailingYear(d))));
            time("values", () -> LicenseValues.compute(p, d, rate, LicenseValues.activeOn(d)));
            time("maturity", () -> MaturityModel.assess(p, d));
            time("dashboard", () -> PortfolioDashboards.of(p, d, rate));
            System.out.println();
        }
    }

    private static void time(String what, Callable<?> work) throws Exception {
        long w = System.nanoTime();
        long c = CPU.getCurrentThreadCpuTime();
        work.call();
        System.out.printf("%-10s wall %6.0f ms  cpu %6.0f ms%n", what, (System.nanoTime() - w) / 1e6,
                (CPU.getCurrentThreadCpuTime() - c) / 1e6);
    }
}
