package io.licensor.bench;

import io.licensor.model.Portfolio;
import io.licensor.persistence.DatabaseUrls;
import io.licensor.service.PortfolioAnalytics;
import io.licensor.service.PortfolioService;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dashboard against one raw SQL aggregate, and reading the portfolio against a raw scan of the receipts. Warm
 * figures are medians of {@link #RUNS} runs after unmeasured ones, each with another as-of date (another window),
 * because H2 answers an identical query again from its result cache. The dashboard and its SQL bound get
 * {@link #WARM_UP_COMPUTE} unmeasured runs each, enough for the JIT to compile both hot paths (with 2, the 100,000
 * receipt dashboard still ran partly interpreted and its ratio swung between 0.7x and 2.2x); the slow reads get
 * {@link #WARM_UP}.
 */
final class DashboardFigures {
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);
    private static final int WARM_UP = 2;
    private static final int WARM_UP_COMPUTE = 12;
    private static final int RUNS = 5;
    private static final BigDecimal RATE = new BigDecimal("0.10");
    /** CPU of the whole process: the dashboard computes on two threads (and the collector works meanwhile). */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final String INCOME_PER_ASSET = "SELECT la.asset_id, SUM(r.gross - r.withholding) FROM receipt r "
            + "JOIN license_asset la ON la.license_id = r.license_id WHERE r.received_on > ? AND r.received_on <= ? "
            + "GROUP BY la.asset_id";

    private DashboardFigures() {}

    /** Median wall and CPU milliseconds of warm runs, and the first (cold) run's wall. */
    record Timing(double cold, double median, double cpuMedian) {}

    interface Work {
        Object run(int i) throws Exception;
    }

    static List<Row> measure(Path folder, long receipts) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (PortfolioService service = PortfolioService.open(folder);
                Connection raw = DriverManager.getConnection(DatabaseUrls.of(folder), "licensor", "")) {
            PortfolioAnalytics analytics = new PortfolioAnalytics(service);
            Portfolio[] loaded = new Portfolio[1];
            Timing scan = time(WARM_UP, i -> scan(raw, i));
            // readSnapshot, not load(): load() hands out the kept snapshot again until the next write
            Timing load = time(WARM_UP, i -> loaded[0] = service.readSnapshot());
            rows.add(new Row("open: read the portfolio (snapshot), warm", receipts, Row.ms(load.median()),
                    Row.ms(scan.median()) + " (raw scan of the receipts)", Row.times(load.median() / scan.median()),
                    "no budget (information)", "-"));
            Portfolio p = loaded[0];
            Timing sql = time(WARM_UP_COMPUTE, i -> incomePerAsset(raw, AS_OF.minusDays(i)));
            Timing dashboard = time(WARM_UP_COMPUTE, i -> analytics.dashboard(p, AS_OF.minusDays(i), RATE));
            double ratio = dashboard.median() / sql.median();
            rows.add(new Row("dashboard: portfolio dashboard computed, warm", receipts,
                    Row.ms(dashboard.median()) + " (CPU of all threads " + Row.ms(dashboard.cpuMedian()) + ", cold "
                            + Row.ms(dashboard.cold()) + ")",
                    Row.ms(sql.median()) + " (SQL income per asset, cold " + Row.ms(sql.cold()) + ")",
                    Row.times(ratio), "<= 2x and <= 1 s", Row.verdict(ratio <= 2 && dashboard.median() <= 1000)));
        }
        return rows;
    }

    static Timing time(int warmUp, Work work) throws Exception {
        double cold = 0;
        double[] wall = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = -warmUp - 1; i < RUNS; i++) {
            long w = System.nanoTime();
            long c = CPU.getProcessCpuTime();
            work.run(i + warmUp + 1);
            double ms = (System.nanoTime() - w) / 1e6;
            if (i == -warmUp - 1) {
                cold = ms;
            } else if (i >= 0) {
                wall[i] = ms;
                cpu[i] = (CPU.getProcessCpuTime() - c) / 1e6;
            }
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(cold, wall[RUNS / 2], cpu[RUNS / 2]);
    }

    private static int incomePerAsset(Connection c, LocalDate asOf) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INCOME_PER_ASSET)) {
            ps.setObject(1, asOf.minusYears(1));
            ps.setObject(2, asOf);
            int assets = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rs.getBigDecimal(2);
                    assets++;
                }
            }
            return assets;
        }
    }

    /** Every receipt column read once: what reading the receipts costs before any object is made. */
    private static long scan(Connection c, int i) throws SQLException {
        long n = 0;
        // a condition every row meets, different each run, so H2 cannot answer from its result cache
        try (PreparedStatement ps = c.prepareStatement("SELECT id, license_id, receipt_kind, period_start, "
                + "period_end, reported_sales, reported_units, gross, withholding, received_on FROM receipt "
                + "WHERE received_on > ?")) {
            ps.setObject(1, LocalDate.of(1900, 1, 1).plusDays(i));
            ResultSet rs = ps.executeQuery();
            while (rs.next()) {
                for (int k = 1; k <= 10; k++) {
                    rs.getObject(k);
                }
                n++;
            }
        }
        return n;
    }
}
