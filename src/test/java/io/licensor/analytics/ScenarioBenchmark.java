package io.licensor.analytics;

import io.licensor.analytics.pricing.RevenueScenario;
import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.RoyaltyTerms;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One scenario-studio call: 4 structures x 200 revenue points + a 10-year projection with NPV + the 6 pairwise
 * break-even analyses, as on every slider drag. Not a unit test: run with {@code mvn -q -DskipTests test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.analytics.ScenarioBenchmark}.
 */
public final class ScenarioBenchmark {
    private ScenarioBenchmark() {}

    public static void main(String[] args) {
        List<RoyaltyTerms> four = List.of(
                TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").upfront("5000").build(),
                TermsBuilder.usd().flat("0.10").build(),
                TermsBuilder.usd().tiers("0:0.06", "250000:0.09", "1000000:0.14").wholeVolume().cap("150000")
                        .withholding("0.1").build(),
                TermsBuilder.usd().tiers("0:0.08", "300000:0.11").resetYearly().minimum("20000").advance("30000")
                        .upfront("2500").build());
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            points.add(BigDecimal.valueOf(i * 10_000L));
        }
        int warmUp = 5_000;
        int measured = 20_000;
        long[] nanos = new long[measured];
        long[] cpuNanos = new long[measured];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long cpuStart = 0;
        for (int i = 0; i < warmUp + measured; i++) {
            if (i == warmUp) {
                cpuStart = threads.getCurrentThreadCpuTime();
            }
            // A slider drag: the first year's revenue and the growth change on every call.
            RevenueScenario s = new RevenueScenario(BigDecimal.valueOf(100_000 + (i % 1000) * 1_000L),
                    BigDecimal.valueOf(i % 30, 2), 10, new BigDecimal("0.1"), null);
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ScenarioComparison.Result r = ScenarioComparison.compare(four, points, s);
            long dt = System.nanoTime() - t;
            long dc = threads.getCurrentThreadCpuTime() - c;
            sink += r.structures().get(0).npv().signum();
            if (i >= warmUp) {
                nanos[i - warmUp] = dt;
                cpuNanos[i - warmUp] = dc;
            }
        }
        double cpuPerCall = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / measured;
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        System.out.printf("scenario comparison, %,d calls after %,d warm-up:%n  wall: median %.3f ms, p95 %.3f ms,"
                + " p99 %.3f ms, max %.3f ms%n  CPU of the calling thread: median %.3f ms, p95 %.3f ms, p99 %.3f ms,"
                + " mean %.3f ms (checksum %d)%n", measured, warmUp, nanos[measured / 2] / 1e6,
                nanos[(int) (measured * 0.95)] / 1e6, nanos[(int) (measured * 0.99)] / 1e6,
                nanos[measured - 1] / 1e6, cpuNanos[measured / 2] / 1e6, cpuNanos[(int) (measured * 0.95)] / 1e6,
                cpuNanos[(int) (measured * 0.99)] / 1e6, cpuPerCall, sink);
    }
}
