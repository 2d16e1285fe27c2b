package io.licensor.bench;

import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioAnalytics;
import io.licensor.service.PortfolioService;
import io.licensor.service.dashboard.PortfolioDashboard;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Run in a child JVM with a small heap ({@code -Xmx512m}): opens the portfolio as the desktop app does (the service,
 * one snapshot read for the dashboards), computes the portfolio dashboard twice while the snapshot stays referenced,
 * and prints {@code live-heap-mb=N} (heap in use after a full GC while the portfolio and both dashboards are still
 * referenced), {@code peak-heap-mb=N} (the sum of the heap pools' peaks: an upper bound, the pools peak at
 * different moments) and {@code max-heap-mb=N}. An
 * OutOfMemoryError ends it with a non-zero exit code. No JavaFX: the figure is the data side of the dashboard.
 */
public final class MemoryProbe {
    private MemoryProbe() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        LocalDate asOf = LocalDate.parse(args[1]);
        try (PortfolioService service = PortfolioService.open(folder)) {
            PortfolioAnalytics analytics = new PortfolioAnalytics(service);
            Portfolio portfolio = analytics.load();
            PortfolioDashboard first = analytics.dashboard(portfolio, asOf, new BigDecimal("0.10"));
            PortfolioDashboard second = analytics.dashboard(portfolio, asOf.minusDays(1), new BigDecimal("0.10"));
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            // the live set with the portfolio and both dashboards still referenced: what the app keeps
            System.gc();
            Runtime rt = Runtime.getRuntime();
            System.out.printf("live-heap-mb=%d%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
            System.out.printf("receipts=%d%n", portfolio.receipts().size());
            System.out.printf("peak-heap-mb=%d%n", peak >> 20);
            System.out.printf("dashboards=%s,%s%n", first.asOf(), second.asOf());
            System.out.printf("max-heap-mb=%d%n", Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
