package io.licensor.analytics;

import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Engine throughput on a tiered contract with cap, minimum and advance. Not a unit test: run with
 * {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.analytics.EngineBenchmark}.
 */
public final class EngineBenchmark {
    private EngineBenchmark() {}

    public static void main(String[] args) {
        RoyaltyTerms terms = TermsBuilder.usd().tiers("0:0.05", "100000:0.12", "500000:0.18").cap("60000")
                .minimum("5000").advance("20000").withholding("0.1").upfront("5000").build();
        RoyaltyEngine engine = RoyaltyEngine.of(terms);
        // 10 years of monthly statements, the shape of one real license.
        List<SalesPeriod> months = new ArrayList<>();
        LocalDate end = LocalDate.of(2024, 1, 31);
        for (int i = 0; i < 120; i++) {
            months.add(new SalesPeriod(null, end, BigDecimal.valueOf(1_000_000 + (i * 7919L) % 4_000_000, 2)));
            end = end.plusMonths(1).withDayOfMonth(end.plusMonths(1).lengthOfMonth());
        }
        PeriodSeries series = PeriodSeries.of(months);
        long sink = 0;
        for (int round = 0; round < 5; round++) {
            int runs = 20_000;
            long t0 = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                sink += engine.run(months).lines().size();
            }
            long t1 = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                sink += engine.totals(series).totalPayable().signum();
            }
            long t2 = System.nanoTime();
            double periods = runs * 120.0;
            System.out.printf("round %d: full run %,.0f periods/s (%.0f ns/period); totals only %,.0f periods/s"
                    + " (%.0f ns/period)%n", round, periods / ((t1 - t0) / 1e9), (t1 - t0) / periods,
                    periods / ((t2 - t1) / 1e9), (t2 - t1) / periods);
        }
        System.out.println("(checksum " + sink + ")");
    }
}
