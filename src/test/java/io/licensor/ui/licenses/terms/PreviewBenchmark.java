package io.licensor.ui.licenses.terms;

import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * How long one preview update takes (what happens on every keystroke in the terms editor, on the FX thread): the
 * engine's curve with and without advance recoupment plus the figures for one sales value. Not a unit test.
 * Run: {@code mvn -q -DskipTests test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.licensor.ui.licenses.terms.PreviewBenchmark}
 */
public final class PreviewBenchmark {
    private PreviewBenchmark() {}

    public static void main(String[] args) {
        Currency usd = Currency.getInstance("USD");
        RoyaltyTerms heavy = new RoyaltyTerms(usd, LocalDate.of(2024, 1, 1), Money.of("5000", "USD"),
                Money.of("15000", "USD"), RoyaltyBasis.NET_SALES, List.of(Tier.of("0", "0.05"),
                        Tier.of("100000", "0.08"), Tier.of("250000", "0.12"), Tier.of("500000", "0.18"),
                        Tier.of("1000000", "0.2")), TierMode.WHOLE_VOLUME, TierReset.CONTRACT_YEAR,
                Money.of("15000", "USD"), Money.of("150000", "USD"), Rate.of("0.15"));
        RoyaltyTerms flat = RoyaltyTerms.flat("USD", LocalDate.of(2024, 1, 1), "0.1");
        for (RoyaltyTerms terms : List.of(flat, heavy)) {
            measure(terms.tiers().size() + " tiers" + (terms.advance().isPositive() ? ", advance (two curves)" : ""),
                    terms);
        }
    }

    private static void measure(String name, RoyaltyTerms terms) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        PreviewModel preview = new PreviewModel(new NumberText(Locale.ENGLISH));
        preview.salesProperty().set("400000");
        RoyaltyTerms[] alternate = {terms, terms.withStartDate(terms.startDate().plusDays(1))};
        for (int i = 0; i < 2_000; i++) {
            preview.termsProperty().set(alternate[i % 2]);
        }
        int runs = 1_000;
        long cpuStart = cpu.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            preview.termsProperty().set(alternate[i % 2]);
        }
        double wallMs = (System.nanoTime() - wallStart) / 1e6 / runs;
        double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        int points = preview.chartProperty().get().payable().size() + preview.chartProperty().get()
                .dueBeforeAdvance().size();
        BigDecimal payable = preview.figuresProperty().get().payable();
        System.out.printf("%-32s %4d points: %.3f ms wall, %.3f ms CPU per update (payable at 400k: %s)%n", name,
                points, wallMs, cpuMs, payable.toPlainString());
    }
}
