package io.licensor.service;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.Columns;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.StatementSource;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.persistence.DatabaseUrls;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole statement import path (detect, read and check every row, look for duplicates, write in one batched
 * transaction) against a plain JDBC batch insert of the same rows into the same table, 100,000 and 1,000,000 rows,
 * each run into a fresh copy of one portfolio of 50,000 licenses over 10,000 assets (PERFORMANCE-NOTES.md's shape).
 * The plain insert gets its rows ready-made in memory, prepared statement, batches of 10,000, one commit: the floor
 * the import is measured against. Prints rows per second (wall and CPU of the working thread) and the ratio.
 * Not a unit test: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.service.ReceiptImportBenchmark [-Dexec.args="100000 1000000"]}.
 */
public final class ReceiptImportBenchmark {

    private static final int LICENSES = 50_000;
    private static final int ASSETS = 10_000;
    private static final int BATCH = 10_000;
    private static final String HEADER = "License,Period Start,Period End,Reported Sales,Units,Royalty,Withholding,"
            + "Paid On";
    private static final LocalDate FIRST_MONTH = LocalDate.of(2020, 1, 1);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ReceiptImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000}
                : Stream.of(args).mapToInt(Integer::parseInt).toArray();
        Path dir = Files.createTempDirectory("receipt-import-benchmark");
        try {
            Path base = basePortfolio(dir.resolve("base"));
            System.out.printf("base portfolio: %,d licenses over %,d assets%n", LICENSES, ASSETS);
            for (int rows : sizes) {
                Path csv = dir.resolve("statement-" + rows + ".csv");
                generate(csv, rows);
                System.out.printf("%n%,d rows, %.1f MB statement%n", rows, Files.size(csv) / 1e6);
                int rounds = rows >= 1_000_000 ? 2 : 3;
                for (int round = 1; round <= rounds; round++) {
                    Result raw = raw(fresh(base, dir, "raw-" + rows + "-" + round), rows);
                    Result imported = importPath(fresh(base, dir, "import-" + rows + "-" + round), csv, rows);
                    System.out.printf("  round %d: raw JDBC %s | import %s | ratio %.2f wall, %.2f CPU%n", round,
                            raw, imported, imported.rate() / raw.rate(), imported.cpuRate() / raw.cpuRate());
                }
                Files.delete(csv);
            }
        } finally {
            deleteTree(dir);
        }
    }

    /**
     * One round at {@code rows} rows, each side into a fresh copy of the base portfolio, for io.licensor.bench:
     * {raw JDBC seconds, its CPU seconds, import seconds, its CPU seconds}.
     */
    public static double[] compare(int rows) throws Exception {
        Path dir = Files.createTempDirectory("receipt-import-benchmark");
        try {
            Path base = basePortfolio(dir.resolve("base"));
            Path csv = dir.resolve("statement.csv");
            generate(csv, rows);
            Result raw = raw(fresh(base, dir, "raw"), rows);
            Result imported = importPath(fresh(base, dir, "import"), csv, rows);
            return new double[] {raw.seconds(), raw.cpuSeconds(), imported.seconds(), imported.cpuSeconds()};
        } finally {
            deleteTree(dir);
        }
    }

    /** Rows per second by wall clock and by the working thread's CPU time. */
    private record Result(long rows, double seconds, double cpuSeconds) {
        double rate() {
            return rows / seconds;
        }

        double cpuRate() {
            return rows / cpuSeconds;
        }

        @Override
        public String toString() {
            return String.format("%.2f s, %,.0f rows/s (CPU %.2f s, %,.0f rows/s)", seconds, rate(), cpuSeconds,
                    cpuRate());
        }
    }

    private static Path basePortfolio(Path folder) {
        List<Asset> assets = new ArrayList<>();
        for (int a = 1; a <= ASSETS; a++) {
            assets.add(Asset.of("A" + a, "Asset " + a, AssetType.SOFTWARE));
        }
        List<License> licenses = new ArrayList<>();
        LocalDate start = LocalDate.of(2019, 1, 1);
        for (int l = 1; l <= LICENSES; l++) {
            licenses.add(new License("L" + l, "Licensee " + (l % 5_000), null, List.of("A" + (1 + l % ASSETS)),
                    start, null, false, null, null, null, RoyaltyTerms.flat("USD", start, "0.10")));
        }
        try (PortfolioService service = PortfolioService.open(folder)) {
            service.importPortfolio(new Portfolio(new PortfolioSettings("Benchmark", "US",
                    Currency.getInstance("USD")), assets, licenses, List.of(), List.of(), List.of()));
        }
        return folder;
    }

    /** A copy of the closed base portfolio: every run starts from the same, fresh database file. */
    private static Path fresh(Path base, Path dir, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        Files.copy(base.resolve("licensor.mv.db"), folder.resolve("licensor.mv.db"),
                StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }

    /** Row i: license L(i mod 50,000 + 1), month i / 50,000 from January 2020, so no period repeats. */
    private static Receipt row(int i) {
        LocalDate start = FIRST_MONTH.plusMonths(i / LICENSES);
        LocalDate end = start.plusMonths(1).minusDays(1);
        BigDecimal sales = BigDecimal.valueOf(100_000L + (i % 9_973) * 37L, 2);
        BigDecimal gross = sales.divide(BigDecimal.TEN).setScale(2, java.math.RoundingMode.HALF_EVEN);
        BigDecimal withholding = i % 4 == 0 ? gross.divide(BigDecimal.TEN).setScale(2,
                java.math.RoundingMode.HALF_EVEN) : BigDecimal.ZERO.setScale(2);
        return new Receipt("R" + (i + 1), "L" + (i % LICENSES + 1), ReceiptKind.ROYALTY, start, end, sales,
                BigDecimal.valueOf(1 + i % 50), gross, withholding, end.plusDays(30));
    }

    private static void generate(Path csv, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                Receipt r = row(i);
                out.write(r.licenseId() + "," + r.periodStart() + "," + r.periodEnd() + ","
                        + r.reportedSales().toPlainString() + "," + r.reportedUnits().toPlainString() + ","
                        + r.gross().toPlainString() + "," + r.withholding().toPlainString() + "," + r.receivedOn()
                        + "\n");
            }
        }
    }

    private static Result importPath(Path folder, Path csv, int rows) throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Columns.NONE.with(Field.LICENSE, "License")
                .with(Field.PERIOD_START, "Period Start").with(Field.PERIOD_END, "Period End")
                .with(Field.REPORTED_SALES, "Reported Sales").with(Field.UNITS, "Units")
                .with(Field.GROSS, "Royalty").with(Field.WITHHOLDING, "Withholding")
                .with(Field.RECEIVED_ON, "Paid On"));
        try (PortfolioService service = PortfolioService.open(folder)) {
            System.gc();
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            ReceiptImport importer = new ReceiptImport(service);
            ImportCheck check = importer.check(new ImportRequest(StatementSource.of(csv), mapping, null, null),
                    ImportProgress.NONE);
            double checkWall = (System.nanoTime() - wall) / 1e9;
            double checkCpu = (CPU.getCurrentThreadCpuTime() - cpu) / 1e9;
            ImportOutcome outcome = importer.write(check, false, ImportProgress.NONE);
            Result result = new Result(rows, (System.nanoTime() - wall) / 1e9,
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
            System.out.printf("    import: read and check %.2f s (CPU %.2f s), write %.2f s (CPU %.2f s)%n",
                    checkWall, checkCpu, result.seconds() - checkWall, result.cpuSeconds() - checkCpu);
            if (outcome.imported() != rows) {
                throw new IllegalStateException("imported " + outcome.imported() + " of " + rows);
            }
            return result;
        }
    }

    private static Result raw(Path folder, int rows) throws SQLException {
        List<Receipt> receipts = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            receipts.add(row(i));
        }
        try (Connection c = DriverManager.getConnection(DatabaseUrls.of(folder), "licensor", "")) {
            System.gc();
            long wall = System.nanoTime();
            long cpu = CPU.getCurrentThreadCpuTime();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO receipt (id, license_id, receipt_kind,"
                    + " period_start, period_end, reported_sales, reported_units, gross, withholding, received_on)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (Receipt r : receipts) {
                    bind(ps, r);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            c.commit();
            Result result = new Result(rows, (System.nanoTime() - wall) / 1e9,
                    (CPU.getCurrentThreadCpuTime() - cpu) / 1e9);
            c.createStatement().execute("SHUTDOWN");
            return result;
        }
    }

    private static void bind(PreparedStatement ps, Receipt r) throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, r.licenseId());
        ps.setString(3, r.kind().name());
        ps.setObject(4, r.periodStart());
        ps.setObject(5, r.periodEnd());
        ps.setBigDecimal(6, r.reportedSales());
        ps.setBigDecimal(7, r.reportedUnits());
        ps.setBigDecimal(8, r.gross());
        ps.setBigDecimal(9, r.withholding());
        if (r.receivedOn() == null) {
            ps.setNull(10, Types.DATE);
        } else {
            ps.setObject(10, r.receivedOn());
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
