package io.licensor.service;

import io.licensor.exchange.PortfolioJson;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Times the portfolio file and the database on a large synthetic portfolio (not a unit test). Run with
 * {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.service.PortfolioFileBenchmark -Dexec.args="100000"} (the number of receipts).
 */
public final class PortfolioFileBenchmark {
    private PortfolioFileBenchmark() {}

    public static void main(String[] args) throws Exception {
        int receiptCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Portfolio p = synthetic(1_000, 5_000, receiptCount);
        Path dir = Files.createTempDirectory("licensor-bench");
        Path file = dir.resolve("big.json");
        long[] t0 = now();
        try (var out = Files.newOutputStream(file)) {
            PortfolioJson.write(p, out);
        }
        long[] t1 = now();
        Portfolio read = PortfolioJson.read(file);
        long[] t2 = now();
        try (PortfolioService s = PortfolioService.open(dir.resolve("db"))) {
            long[] t3 = now();
            s.importPortfolio(read);
            long[] t4 = now();
            Portfolio snapshot = s.snapshot();
            long[] t5 = now();
            PortfolioFiles.exportTo(s, dir.resolve("again.json"));
            long[] t6 = now();
            report("write file (" + Files.size(file) / 1_000_000 + " MB)", t0, t1);
            report("read + check file", t1, t2);
            report("import into empty portfolio (one transaction)", t3, t4);
            report("snapshot (read everything)", t4, t5);
            report("export via service (snapshot + atomic file)", t5, t6);
            System.out.println("receipts round-tripped: " + snapshot.receipts().size() + ", files identical: "
                    + Files.mismatch(file, dir.resolve("again.json")));
        }
    }

    /** Wall and CPU time of this thread: the machine may be shared, so CPU time is the steadier figure. */
    private static long[] now() {
        return new long[] {System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()};
    }

    private static void report(String what, long[] from, long[] to) {
        System.out.printf("%-50s %,8d ms wall %,8d ms cpu%n", what, (to[0] - from[0]) / 1_000_000,
                (to[1] - from[1]) / 1_000_000);
    }

    static Portfolio synthetic(int assets, int licenses, int receipts) {
        Currency usd = Currency.getInstance("USD");
        List<Asset> a = new ArrayList<>();
        for (int i = 1; i <= assets; i++) {
            a.add(Asset.of("A" + i, "Asset " + i, AssetType.values()[i % AssetType.values().length]));
        }
        List<License> l = new ArrayList<>();
        LocalDate start = LocalDate.of(2015, 1, 1);
        for (int i = 1; i <= licenses; i++) {
            l.add(new License("L" + i, "Licensee " + i, "DE", List.of("A" + (1 + i % assets)), start, null, false,
                    null, null, null, RoyaltyTerms.flat("USD", start, "0.08")));
        }
        List<Receipt> r = new ArrayList<>();
        for (int i = 1; i <= receipts; i++) {
            LocalDate end = start.plusMonths(3L * (i / licenses + 1)).minusDays(1);
            BigDecimal sales = BigDecimal.valueOf(1_000_000L + i * 37L, 2);
            r.add(new Receipt("R" + i, "L" + (1 + i % licenses), ReceiptKind.ROYALTY, null, end, sales, null,
                    sales.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_EVEN),
                    BigDecimal.ZERO, end.plusDays(30)));
        }
        return new Portfolio(new PortfolioSettings("Benchmark", "US", usd), a, l, r, List.of(), List.of());
    }
}
