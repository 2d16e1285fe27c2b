package io.licensor.analytics;

import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Metrics over 10,000 assets, 50,000 licenses and 1,000,000 receipts (20 quarterly statements each, a fifth of the
 * licenses in EUR with daily rates). Not a unit test: run with {@code mvn -q -DskipTests test-compile exec:java
 * -Dexec.classpathScope=test -Dexec.mainClass=io.licensor.analytics.MetricsBenchmark}.
 */
public final class MetricsBenchmark {
    private MetricsBenchmark() {}

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Portfolio p = portfolio(10_000, 50_000, 20);
        System.out.printf("built %,d assets, %,d licenses, %,d receipts, %,d fx rates in %.1f s%n", p.assets().size(),
                p.licenses().size(), p.receipts().size(), p.fxRates().size(), (System.nanoTime() - t0) / 1e9);
        LocalDate asOf = LocalDate.of(2025, 12, 31);
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MetricsSnapshot last = null;
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            long c = threads.getCurrentThreadCpuTime();
            // Vary the as-of date so that no run could reuse another's work.
            last = PortfolioMetrics.compute(p, asOf.minusDays(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
            System.out.printf("run %d: %.0f ms wall, %.0f ms CPU of this thread%n", i, ms[i], cpu[i]);
        }
        System.out.printf("first run %.0f ms; after warm-up: wall median %.0f ms (max %.0f), CPU median %.0f ms%n",
                ms[0], median(ms), max(ms), median(cpu));
        System.out.printf("portfolio income %s, %d flags, %d warnings%n", last.portfolio().licensingIncome(),
                last.flags().size(), last.warnings().size());
    }

    private static double median(double[] all) {
        double[] warm = Arrays.copyOfRange(all, Math.min(2, all.length - 1), all.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }

    private static double max(double[] all) {
        return Arrays.stream(all, Math.min(2, all.length - 1), all.length).max().orElse(0);
    }

    static Portfolio portfolio(int assetCount, int licenseCount, int receiptsPerLicense) {
        Random random = new Random(42);
        Currency usd = Currency.getInstance("USD");
        Currency eur = Currency.getInstance("EUR");
        List<Asset> assets = new ArrayList<>();
        for (int a = 1; a <= assetCount; a++) {
            assets.add(new Asset("A" + a, "Asset " + a, AssetType.SOFTWARE, null, List.of(), null, null, null,
                    List.of(new Owner("Owner", BigDecimal.ONE)), List.of(), List.of(), false, null, List.of()));
        }
        LocalDate start = LocalDate.of(2021, 1, 1);
        RoyaltyTerms tieredUsd = TermsBuilder.usd().start("2021-01-01").tiers("0:0.05", "100000:0.12", "500000:0.18")
                .cap("60000").minimum("1000").advance("5000").build();
        RoyaltyTerms flatEur = TermsBuilder.in("EUR").start("2021-01-01").flat("0.08").withholding("0.15").build();
        List<License> licenses = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (int k = 1; k <= licenseCount; k++) {
            boolean inEur = k % 5 == 0;
            String first = "A" + (1 + random.nextInt(assetCount));
            List<String> covered = k % 3 == 0 ? List.of(first, "A" + (1 + random.nextInt(assetCount))) : List.of(first);
            licenses.add(new License("L" + k, "Licensee " + k, inEur ? "DE" : "US", covered, start, null, false, null,
                    null, null, inEur ? flatEur : tieredUsd));
            // Each licensee pays what the engine says is due, so only a few licenses raise flags.
            RoyaltyTerms terms = inEur ? flatEur : tieredUsd;
            List<SalesPeriod> periods = new ArrayList<>();
            LocalDate periodStart = start;
            for (int q = 0; q < receiptsPerLicense; q++) {
                LocalDate periodEnd = periodStart.plusMonths(3).minusDays(1);
                periods.add(new SalesPeriod(periodStart, periodEnd,
                        BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000), 2)));
                periodStart = periodEnd.plusDays(1);
            }
            List<RoyaltyLine> due = RoyaltyEngine.of(terms).run(periods).lines();
            for (int q = 0; q < receiptsPerLicense; q++) {
                SalesPeriod period = periods.get(q);
                BigDecimal gross = due.get(q).payable();
                if (k % 100 == 0 && q == receiptsPerLicense - 2) {
                    gross = BigDecimal.ZERO;
                }
                receipts.add(new Receipt("R" + k + "-" + q, "L" + k, ReceiptKind.ROYALTY, period.periodStart(),
                        period.periodEnd(), period.base(), null, gross, due.get(q).withholding(),
                        period.periodEnd().plusDays(30)));
            }
        }
        List<FxRate> rates = new ArrayList<>();
        for (LocalDate d = start; d.isBefore(LocalDate.of(2026, 1, 1)); d = d.plusDays(1)) {
            rates.add(new FxRate(eur, d, BigDecimal.valueOf(105 + random.nextInt(10), 2)));
        }
        return new Portfolio(new PortfolioSettings("Benchmark", "US", usd), assets, licenses, receipts, List.of(), rates);
    }
}
