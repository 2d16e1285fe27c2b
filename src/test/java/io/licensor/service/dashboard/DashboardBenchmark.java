package io.licensor.service.dashboard;

import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioAnalytics;
import io.licensor.service.PortfolioService;
import io.licensor.testing.SyntheticPortfolio;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dashboard snapshot times on synthetic portfolios of 10,000, 100,000 and 1,000,000 receipts (SyntheticPortfolio:
 * a hundred receipts per license). Each size runs in a fresh JVM so its first ("cold") figure includes class loading
 * and JIT warm-up, as when a user opens the dashboard; then a few warm runs with other as-of dates. Reported: the
 * portfolio dashboard, one asset's dashboard, and reading the portfolio from H2 (import first, not timed as part of
 * the dashboard). Not a unit test: run with {@code mvn -q -DskipTests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.service.dashboard.DashboardBenchmark
 * [-Dexec.args="100000 db"]} (no arguments: all three sizes, each in its own JVM, reading from H2 too).
 */
public final class DashboardBenchmark {
    private static final BigDecimal RATE = new BigDecimal("0.10");
    private static final int WARM_RUNS = 5;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            for (int size : new int[] {10_000, 100_000, 1_000_000}) {
                child(size);
            }
            return;
        }
        run(Integer.parseInt(args[0]), args.length > 1 && args[1].equals("db"));
    }

    /** Runs one size in a fresh JVM and passes its lines on. */
    private static void child(int size) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx4g", "-cp", classPath(),
                DashboardBenchmark.class.getName(), String.valueOf(size), "db"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.contains(" INFO ") && !line.contains(" DEBUG ")) {
                    System.out.println(line);
                }
            }
        }
        process.waitFor();
    }

    /** The class path this class was loaded from (exec:java loads it through its own class loader). */
    private static String classPath() throws Exception {
        if (DashboardBenchmark.class.getClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> entries = new ArrayList<>();
            for (java.net.URL url : loader.getURLs()) {
                entries.add(Path.of(url.toURI()).toString());
            }
            return String.join(java.io.File.pathSeparator, entries);
        }
        return System.getProperty("java.class.path");
    }

    private static void run(int size, boolean db) throws Exception {
        long t0 = System.nanoTime();
        Portfolio p = SyntheticPortfolio.withReceipts(size);
        System.out.printf("%,d receipts: built %,d assets, %,d licenses in %.1f s%n", p.receipts().size(),
                p.assets().size(), p.licenses().size(), (System.nanoTime() - t0) / 1e9);
        LocalDate asOf = SyntheticPortfolio.AS_OF;
        time(size, "portfolio dashboard", i -> PortfolioDashboards.of(p, asOf.minusDays(i), RATE));
        time(size, "asset dashboard (A1)", i -> AssetDashboards.of(p, "A1", asOf.minusDays(i), RATE));
        if (db) {
            Path folder = Files.createTempDirectory("licensor-benchmark");
            try (PortfolioService service = PortfolioService.open(folder)) {
                long s = System.nanoTime();
                service.importPortfolio(p);
                System.out.printf("%,d receipts: import into H2 %.1f s (not part of the dashboard)%n", size,
                        (System.nanoTime() - s) / 1e9);
                PortfolioAnalytics analytics = new PortfolioAnalytics(service);
                time(size, "read the portfolio from H2", i -> analytics.load());
            }
        }
    }

    private interface Work {
        Object run(int i);
    }

    private static void time(int size, String what, Work work) {
        double[] wall = new double[WARM_RUNS + 1];
        double[] cpu = new double[WARM_RUNS + 1];
        for (int i = 0; i <= WARM_RUNS; i++) {
            long s = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            work.run(i);
            wall[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        double[] warmWall = Arrays.copyOfRange(wall, 1, wall.length);
        double[] warmCpu = Arrays.copyOfRange(cpu, 1, cpu.length);
        Arrays.sort(warmWall);
        Arrays.sort(warmCpu);
        System.out.printf("RESULT %,d receipts | %s | cold %.0f ms wall, %.0f ms CPU | warm median %.0f ms wall"
                + " (max %.0f), %.0f ms CPU%n", size, what, wall[0], cpu[0], warmWall[WARM_RUNS / 2],
                warmWall[WARM_RUNS - 1], warmCpu[WARM_RUNS / 2]);
    }
}
