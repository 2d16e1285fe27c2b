package io.licensor.bench;

import io.licensor.ui.receipts.ReceiptsMemoryProbe;
import io.licensor.ui.receipts.ReceiptsTableBenchmark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The big tables' figures (part {@code tables}): {@link ReceiptsTableBenchmark} on the Receipts, Licenses and Assets
 * sections in a child JVM (a headless toolkit of its own), and {@link ReceiptsMemoryProbe} (the real main window with
 * the dashboard shown and the Receipts section visited) in a child JVM with {@code -Xmx512m}. Stalls are the FX
 * thread's longest wait per user action, wall time, with the FX thread's CPU time during it beside.
 */
final class TableFigures {
    private static final Pattern ACTION = Pattern.compile("^(\\w+) (.+?): wall ([0-9.]+) ms, FX thread CPU ([0-9.]+) "
            + "ms, longest FX stall ([0-9.]+) ms \\(FX CPU ([0-9.]+) ms\\)");
    private static final Pattern STEPS = Pattern.compile("^(\\w+) (.+?), (\\d+) steps: wall median ([0-9.]+) ms, p95 "
            + "([0-9.]+) ms, max ([0-9.]+) ms; FX thread CPU median ([0-9.]+) ms, p95 ([0-9.]+) ms, max ([0-9.]+) ms");

    private TableFigures() {}

    static List<Row> measure(Path portfolio, long receipts) throws Exception {
        List<Row> rows = new ArrayList<>();
        Children.Output out = Children.run(List.of(Children.java(), "-cp", Children.classPath(),
                ReceiptsTableBenchmark.class.getName(), portfolio.toString(), "receipts,licenses,assets"), Map.of());
        for (String table : List.of("receipts", "licenses", "assets")) {
            rows.addAll(table(out.lines(), table, receipts));
        }
        if (rows.isEmpty()) {
            rows.add(Row.skipped("tables", receipts, "the table benchmark printed no figures (exit "
                    + out.exitCode() + ")"));
        }
        rows.add(memory(portfolio, receipts));
        return rows;
    }

    private static List<Row> table(List<String> lines, String table, long receipts) {
        List<Row> rows = new ArrayList<>();
        List<double[]> sorts = new ArrayList<>();
        for (String line : lines) {
            Matcher s = STEPS.matcher(line);
            if (s.find() && s.group(1).equals(table)) {
                double median = Double.parseDouble(s.group(7));
                rows.add(new Row("tables: " + table + " " + s.group(2) + ", FX thread per step", receipts,
                        String.format(Locale.ROOT, "CPU median %s, p95 %s, max %s (wall median %s, p95 %s, max %s)",
                                Row.ms(median), Row.ms(Double.parseDouble(s.group(8))),
                                Row.ms(Double.parseDouble(s.group(9))), Row.ms(Double.parseDouble(s.group(4))),
                                Row.ms(Double.parseDouble(s.group(5))), Row.ms(Double.parseDouble(s.group(6)))),
                        "16 ms (one frame, the budget)", Row.times(median / 16), "<= 16 ms median",
                        Row.verdict(median <= 16)));
                continue;
            }
            Matcher a = ACTION.matcher(line);
            if (!a.find() || !a.group(1).equals(table)) {
                continue;
            }
            double[] figures = {Double.parseDouble(a.group(3)), Double.parseDouble(a.group(4)),
                Double.parseDouble(a.group(5)), Double.parseDouble(a.group(6))};
            if (a.group(2).startsWith("sort:")) {
                sorts.add(figures);
            } else {
                rows.add(stall("tables: " + table + " " + a.group(2), receipts, figures, 1));
            }
        }
        if (!sorts.isEmpty()) {
            rows.add(stall("tables: " + table + " sort by each column (median of " + sorts.size() + " sorts)", receipts,
                    median(sorts), sorts.size()));
            rows.add(worst("tables: " + table + " sort by each column (worst sort)", receipts, sorts));
        }
        return rows;
    }

    /** {wall, FX CPU, stall wall, stall FX CPU}: judged by the longest stall (wall) against 100 ms. */
    private static Row stall(String figure, long receipts, double[] f, int n) {
        return new Row(figure, receipts, String.format(Locale.ROOT, "longest FX stall %s (FX CPU %s); done in %s "
                + "(FX CPU %s)", Row.ms(f[2]), Row.ms(f[3]), Row.ms(f[0]), Row.ms(f[1])),
                "100 ms (the budget)", Row.times(f[2] / 100), "stall <= 100 ms", Row.verdict(f[2] <= 100));
    }

    private static Row worst(String figure, long receipts, List<double[]> all) {
        double[] w = all.stream().max((x, y) -> Double.compare(x[2], y[2])).orElseThrow();
        return new Row(figure, receipts, String.format(Locale.ROOT, "longest FX stall %s (FX CPU %s)", Row.ms(w[2]),
                Row.ms(w[3])), "100 ms (the budget)", Row.times(w[2] / 100), "reported (median is the budget)", "-");
    }

    /** The element-wise median (by stall) of the sorts' figures. */
    private static double[] median(List<double[]> all) {
        double[][] sorted = all.stream().sorted((x, y) -> Double.compare(x[2], y[2])).toArray(double[][]::new);
        return Arrays.copyOf(sorted[sorted.length / 2], 4);
    }

    private static Row memory(Path portfolio, long receipts) throws Exception {
        // the first OutOfMemoryError ends the child: caught by a section, it would leave the probe waiting
        Children.Output out = Children.run(List.of(Children.java(), "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                Children.classPath(), ReceiptsMemoryProbe.class.getName(), portfolio.toString()), Map.of());
        String figure = "memory: portfolio open, dashboard shown, Receipts visited (real UI) in -Xmx512m";
        String live = out.value("live-heap-mb");
        if (out.exitCode() != 0 || live == null) {
            boolean oom = out.lines().stream().anyMatch(l -> l.contains("OutOfMemoryError"));
            return new Row(figure, receipts, oom ? "OutOfMemoryError" : "failed (exit " + out.exitCode() + ")",
                    "512 MB (the budget)", "-", "runs in 512 MB", "OVER");
        }
        double mb = Double.parseDouble(live);
        return new Row(figure, receipts, String.format(Locale.ROOT, "%,.0f MB live heap after GC (%s MB with the "
                + "dashboard only; sum of pool peaks %s MB); completed", mb, out.value("dashboard-heap-mb"),
                out.value("peak-heap-mb")), "512 MB (the budget)", Row.times(mb / 512), "runs in 512 MB", "PASS");
    }
}
