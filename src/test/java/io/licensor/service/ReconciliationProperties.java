package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.TermsBuilder;
import io.licensor.model.AssetType;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyTerms;
import io.licensor.testing.PortfolioBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Reconciliation invariants over generated terms and receipts of every kind, in any order. */
class ReconciliationProperties {
    private static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Property(tries = 300)
    void licenseTotalsAreAlwaysTheMetricsFigures(@ForAll("terms") RoyaltyTerms terms,
            @ForAll("receipts") List<Receipt> receipts, @ForAll @IntRange(min = 0, max = 1100) int asOfDay) {
        Portfolio p = portfolio(terms, receipts);
        ReconciliationTest.assertMatchesMetrics(p, START.plusDays(asOfDay));
    }

    /**
     * The shortfall of the license is what its checked periods lack, less what was paid without a report to check it
     * against: every counted royalty or top-up payment is booked exactly once.
     */
    @Property(tries = 300)
    void periodShortfallsAddUpToTheLicenseShortfall(@ForAll("terms") RoyaltyTerms terms,
            @ForAll("receipts") List<Receipt> receipts, @ForAll @IntRange(min = 0, max = 1100) int asOfDay) {
        LicenseReconciliation l1 = Reconciliation.of(portfolio(terms, receipts), START.plusDays(asOfDay))
                .license("L1").orElseThrow();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal expected = BigDecimal.ZERO;
        for (ReconciledReceipt r : l1.receipts()) {
            if (r.check().isChecked()) {
                sum = sum.add(r.shortfall());
                expected = expected.add(r.expected());
            } else if (r.check() == ReceiptCheck.NO_REPORT || r.check() == ReceiptCheck.TOP_UP_UNMATCHED) {
                sum = sum.subtract(r.received());
            }
        }
        assertThat(sum).isEqualByComparingTo(l1.totals().shortfall());
        assertThat(expected).isEqualByComparingTo(l1.totals().expected());
    }

    private static Portfolio portfolio(RoyaltyTerms terms, List<Receipt> receipts) {
        PortfolioBuilder b = new PortfolioBuilder().asset("A1", AssetType.SOFTWARE).license("L1", START, terms, "A1");
        receipts.forEach(b::receipt);
        return b.build();
    }

    @Provide
    Arbitrary<RoyaltyTerms> terms() {
        Arbitrary<String> rates = Arbitraries.of("0.05:0.10", "0.10", "0.08:0.12:0.15", "0.20:0.10");
        return Combinators.combine(rates, Arbitraries.of(true, false), Arbitraries.of("0", "1500", "20000"),
                Arbitraries.of("0", "4000", "9000"), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((r, whole, advance, minimum, capped, units) -> {
                    String[] parts = r.split(":");
                    List<String> tiers = new ArrayList<>();
                    for (int i = 0; i < parts.length; i++) {
                        tiers.add(i * 40000 + ":" + parts[i]);
                    }
                    TermsBuilder t = TermsBuilder.usd().tiers(tiers.toArray(String[]::new)).advance(advance)
                            .minimum(minimum);
                    // whole-volume terms need rates that never fall; otherwise stay marginal
                    if (whole && !r.equals("0.20:0.10")) {
                        t.wholeVolume();
                    }
                    if (capped) {
                        t.cap("12000");
                    }
                    if (units) {
                        t.units();
                    }
                    return t.build();
                });
    }

    @Provide
    Arbitrary<List<Receipt>> receipts() {
        Arbitrary<Receipt> one = Combinators.combine(Arbitraries.integers().between(0, 1100),
                Arbitraries.of(ReceiptKind.values()), Arbitraries.integers().between(0, 60000),
                Arbitraries.integers().between(0, 900000), Arbitraries.of(0, 1, 2))
                .as((day, kind, sales, cents, reported) -> {
                    LocalDate end = START.plusDays(day);
                    BigDecimal base = BigDecimal.valueOf(sales);
                    BigDecimal gross = BigDecimal.valueOf(cents, 2);
                    return new Receipt("X", "L1", kind, null, end, reported == 1 ? base : null,
                            reported == 2 ? base : null, gross, BigDecimal.ZERO, end.plusDays(20));
                });
        return one.list().ofMaxSize(14).map(list -> {
            List<Receipt> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Receipt r = list.get(i);
                named.add(new Receipt("R" + (i + 1), r.licenseId(), r.kind(), r.periodStart(), r.periodEnd(),
                        r.reportedSales(), r.reportedUnits(), r.gross(), r.withholding(), r.receivedOn()));
            }
            return named;
        });
    }
}
