package io.licensor.bench;

import io.licensor.service.GenerateRequest;
import io.licensor.service.PortfolioGenerator;
import io.licensor.service.PortfolioService;
import io.licensor.service.ReceiptImportBenchmark;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one benchmark command (tools/benchmark.sh): every budget of issue 7, each figure beside the lower bound of the
 * same work and the ratio, at 100,000 and 1,000,000 receipts, with the growth per 10x, as one markdown table.
 *
 * <pre>
 *   tools/benchmark.sh [--quick] [--data DIR] [--import-rows N[,N]] [--startup-runs N] [--skip startup,import,...]
 * </pre>
 *
 * PART for --skip: dashboard, memory, tables, startup, cds (the AppCDS start-up variant), import, studio.
 * {@code --quick}: 100,000 receipts only (a few minutes). Portfolios are generated once per size into
 * {@code --data} (default target/bench-data: 1,000 assets, 5,000 licenses per 100,000 receipts, seed 1) and reused.
 * The import is measured at 100,000 rows unless {@code --import-rows} says more (a million rows take minutes).
 */
public final class Benchmarks {
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Map<Long, Double>> growth = new LinkedHashMap<>();

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        System.out.printf("Licensor benchmarks: %d cores, load average %.1f, Java %s%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
        new Benchmarks().run(options);
        System.out.printf("load average at the end: %.1f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.exit(0);
    }

    private void run(Options options) throws Exception {
        for (long size : options.sizes()) {
            Path portfolio = portfolio(options.data(), size);
            if (!options.skips("dashboard")) {
                for (Row row : DashboardFigures.measure(portfolio, size)) {
                    add(row);
                }
            }
            if (!options.skips("memory")) {
                add(memory(portfolio, size));
            }
            // the big tables (Receipts, Licenses, Assets: open, scroll, sort, filter; memory with the real UI), at the
            // largest size only: a few minutes each
            if (!options.skips("tables") && size == options.sizes().get(options.sizes().size() - 1)) {
                TableFigures.measure(portfolio, size).forEach(this::add);
            }
            if (!options.skips("startup")) {
                StartupFigures.measure(portfolio, size, options.startupRuns(), false).forEach(this::add);
                // start-up does not depend on the portfolio's size (the window shows before it is read): the
                // AppCDS variant, the installed app's way of starting, once at the largest size
                if (size == options.sizes().get(options.sizes().size() - 1) && !options.skips("cds")) {
                    StartupFigures.measure(portfolio, size, options.startupRuns(), true).forEach(this::add);
                }
            }
        }
        if (!options.skips("import")) {
            for (long n : options.importRows()) {
                add(importFigure((int) n));
            }
        }
        if (!options.skips("studio")) {
            StudioFigures.measure().forEach(this::add);
        }
        print();
    }

    private void add(Row row) {
        rows.add(row);
        System.out.println(row.markdown());
        Double value = leadingNumber(row.measured());
        if (value != null && row.receipts() > 0) {
            growth.computeIfAbsent(row.figure(), f -> new LinkedHashMap<>()).put(row.receipts(), value);
        }
    }

    /** Generates the portfolio of this size once; later runs reuse it. */
    static Path portfolio(Path data, long receipts) {
        Path folder = data.resolve("portfolio-" + receipts);
        if (PortfolioService.exists(folder)) {
            return folder;
        }
        int licenses = (int) Math.max(1, receipts / 20);
        int assets = Math.max(1, licenses / 5);
        System.out.printf("generating %,d assets, %,d licenses, %,d receipts into %s ...%n", assets, licenses,
                receipts, folder);
        long t = System.nanoTime();
        try (PortfolioService service = PortfolioService.open(folder)) {
            new PortfolioGenerator(service).generate(new GenerateRequest(assets, licenses, receipts, 1),
                    (written, total) -> { });
        }
        System.out.printf("generated in %.0f s%n", (System.nanoTime() - t) / 1e9);
        return folder;
    }

    private static Row memory(Path portfolio, long receipts) throws Exception {
        Children.Output out = Children.run(List.of(Children.java(), "-Xmx512m", "-cp", Children.classPath(),
                MemoryProbe.class.getName(), portfolio.toString(), DashboardFigures.AS_OF.toString()), Map.of());
        String figure = "memory: portfolio open + dashboard in -Xmx512m";
        String peak = out.value("peak-heap-mb");
        if (out.exitCode() != 0 || peak == null) {
            boolean oom = out.lines().stream().anyMatch(l -> l.contains("OutOfMemoryError"));
            return new Row(figure, receipts, oom ? "OutOfMemoryError" : "failed (exit " + out.exitCode() + ")",
                    "512 MB (the budget)", "-", "runs in 512 MB", "OVER");
        }
        double live = Double.parseDouble(out.value("live-heap-mb"));
        return new Row(figure, receipts, String.format(Locale.ROOT, "%,.0f MB live heap after GC (sum of pool peaks "
                + "%s MB); completed", live, peak), "512 MB (the budget)", Row.times(live / 512), "runs in 512 MB",
                "PASS");
    }

    private static Row importFigure(int n) throws Exception {
        double[] t = ReceiptImportBenchmark.compare(n);
        double wallRatio = t[0] / t[2];
        double cpuRatio = t[1] / t[3];
        return new Row("import: statement rows through the real import, throughput", n,
                String.format(Locale.ROOT, "%,.0f rows/s (%.1f s; CPU %.1f s)", n / t[2], t[2], t[3]),
                String.format(Locale.ROOT, "%,.0f rows/s raw JDBC batch (%.1f s; CPU %.1f s)", n / t[0], t[0], t[1]),
                Row.times(wallRatio) + " (CPU " + Row.times(cpuRatio) + ")", ">= 0.7x",
                Row.verdict(wallRatio >= 0.7));
    }

    private void print() {
        System.out.println();
        System.out.println("| figure | receipts | measured | lower bound | ratio | budget | verdict |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.markdown()));
        growth.forEach((figure, bySize) -> {
            Double small = bySize.get(100_000L);
            Double big = bySize.get(1_000_000L);
            if (small != null && big != null && small > 0) {
                double ratio = big / small;
                System.out.println(new Row("growth: " + figure, 0, String.format(Locale.ROOT,
                        "%s at 100,000 -> %s at 1,000,000", fmt(small), fmt(big)), "10x (linear)",
                        Row.times(ratio), "<= 10x per 10x receipts", Row.verdict(ratio <= 10)).markdown());
            }
        });
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    /** The first number of a figure ("1,234 ms (CPU ...)" is 1234), or null for skipped figures. */
    static Double leadingNumber(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^([0-9][0-9,]*(\\.[0-9]+)?)").matcher(text);
        return m.find() ? Double.valueOf(m.group(1).replace(",", "")) : null;
    }

    record Options(List<Long> sizes, Path data, List<Long> importRows, int startupRuns, List<String> skip) {
        boolean skips(String part) {
            return skip.contains(part);
        }

        static Options parse(String[] args) throws java.io.IOException {
            List<Long> sizes = List.of(100_000L, 1_000_000L);
            Path data = Path.of("target", "bench-data");
            List<Long> importRows = List.of(100_000L);
            int startupRuns = 5;
            List<String> skip = List.of();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--quick" -> sizes = List.of(100_000L);
                    case "--sizes" -> sizes = numbers(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--import-rows" -> importRows = numbers(args[++i]);
                    case "--startup-runs" -> startupRuns = Integer.parseInt(args[++i]);
                    case "--skip" -> skip = List.of(args[++i].split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            Files.createDirectories(data);
            return new Options(sizes, data, importRows, startupRuns, skip);
        }

        private static List<Long> numbers(String list) {
            return java.util.Arrays.stream(list.split(",")).map(Long::parseLong).toList();
        }
    }
}
