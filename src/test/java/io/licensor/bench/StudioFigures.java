package io.licensor.bench;

import io.licensor.ui.scenarios.ScenarioStudioBenchmark;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scenario studio's slider figures, from {@link ScenarioStudioBenchmark} run in a child JVM (a headless JavaFX
 * toolkit of its own). The studio works on one license's terms, not on the receipts, so it is measured once, not
 * per portfolio size. There is no plainer way to do the same work, so the budget is the bound.
 */
final class StudioFigures {
    private static final Pattern FIGURES = Pattern.compile("wall median ([0-9.]+) ms, p95 ([0-9.]+) ms; FX thread "
            + "CPU median ([0-9.]+) ms, p95 ([0-9.]+) ms");

    private StudioFigures() {}

    static List<Row> measure() throws Exception {
        Children.Output out = Children.run(List.of(Children.java(), "-cp", Children.classPath(),
                ScenarioStudioBenchmark.class.getName()), Map.of());
        List<Row> rows = new ArrayList<>();
        rows.add(row(out, "(budget 2 ms)", "studio: slider event to recomputed figures", 2));
        rows.add(row(out, "(budget 16 ms)", "studio: slider event to redrawn chart", 16));
        return rows;
    }

    private static Row row(Children.Output out, String marker, String figure, double budget) {
        for (int i = 0; i + 1 < out.lines().size(); i++) {
            if (out.lines().get(i).contains(marker)) {
                Matcher m = FIGURES.matcher(out.lines().get(i + 1));
                if (m.find()) {
                    double median = Double.parseDouble(m.group(1));
                    double p95 = Double.parseDouble(m.group(2));
                    return new Row(figure, 0, String.format(Locale.ROOT, "median %s, p95 %s (FX thread CPU median "
                            + "%s ms, p95 %s ms)", Row.ms(median), Row.ms(p95), m.group(3), m.group(4)),
                            Row.ms(budget) + " (the budget)", Row.times(median / budget) + " median, "
                            + Row.times(p95 / budget) + " p95", "<= " + Row.ms(budget) + " median and p95",
                            Row.verdict(median <= budget && p95 <= budget));
                }
            }
        }
        return Row.skipped(figure, 0, "the studio benchmark printed no figures (exit " + out.exitCode() + ")");
    }
}
