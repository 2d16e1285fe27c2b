package io.licensor.analytics.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The curve is the engine's first year, and the comparison's crossings are where the leader really changes. */
class IncomeCurveProperties {
    static final LocalDate START = LocalDate.of(2024, 1, 1);

    @Property
    void theCurveIsWhatTheEnginePaysForOneCompleteFirstYear(@ForAll("terms") RoyaltyTerms terms,
            @ForAll("bases") BigDecimal base) {
        BigDecimal engine = RoyaltyEngine.of(terms).run(List.of(new SalesPeriod(null, LocalDate.of(2024, 12, 31),
                base))).totals().totalIncome();
        IncomeCurve curve = IncomeCurve.of(terms);
        assertThat(curve.at(base)).isEqualByComparingTo(engine);
        assertThat(curve.exactAt(base).setScale(2, RoundingMode.HALF_EVEN)).isEqualByComparingTo(engine);
    }

    @Property
    void betweenCrossingsTheLeaderNeverChanges(@ForAll("terms") RoyaltyTerms a, @ForAll("terms") RoyaltyTerms b,
            @ForAll("bases") BigDecimal base) {
        TierComparison c = TierComparison.of(IncomeCurve.of(a), IncomeCurve.of(b));
        int leader = c.firstLeader();
        if (base.signum() == 0) {
            return;
        }
        for (Crossing x : c.crossings()) {
            if (x.base().compareTo(base) >= 0) {
                if (x.base().compareTo(base) == 0) {
                    return;
                }
                break;
            }
            leader = x.leaderAfter();
        }
        int sign = c.first().exactAt(base).compareTo(c.second().exactAt(base));
        if (leader == 0) {
            assertThat(sign).isGreaterThanOrEqualTo(0);
        } else if (leader == 1) {
            assertThat(sign).isLessThanOrEqualTo(0);
        } else {
            assertThat(sign).isZero();
        }
    }

    @Provide
    Arbitrary<BigDecimal> bases() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("2000000")).ofScale(2);
    }

    @Provide
    Arbitrary<RoyaltyTerms> terms() {
        Arbitrary<List<BigDecimal>> rates = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("0.3"))
                .ofScale(3).list().ofMinSize(1).ofMaxSize(4);
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 500_000).list().ofSize(4);
        Arbitrary<List<Integer>> money = Arbitraries.integers().between(0, 80_000).list().ofSize(4);
        return Combinators.combine(rates, steps, Arbitraries.of(TierMode.class), money, Arbitraries.of(true, false))
                .as((r, s, mode, m, capped) -> {
                    Currency usd = Currency.getInstance("USD");
                    List<BigDecimal> sorted = new ArrayList<>(r);
                    if (mode == TierMode.WHOLE_VOLUME) {
                        sorted.sort(BigDecimal::compareTo);
                    }
                    List<Tier> tiers = new ArrayList<>();
                    BigDecimal from = BigDecimal.ZERO;
                    for (int i = 0; i < sorted.size(); i++) {
                        tiers.add(new Tier(from, sorted.get(i)));
                        from = from.add(BigDecimal.valueOf(s.get(i)));
                    }
                    int minimum = Math.min(m.get(2), m.get(3)) % 20_000;
                    int cap = Math.max(m.get(2), m.get(3));
                    return new RoyaltyTerms(usd, START, Money.of(BigDecimal.valueOf(m.get(0) % 10_000), usd),
                            Money.of(BigDecimal.valueOf(m.get(1) % 30_000), usd), RoyaltyBasis.NET_SALES, tiers, mode,
                            TierReset.NEVER, Money.of(BigDecimal.valueOf(minimum), usd),
                            capped ? Money.of(BigDecimal.valueOf(cap), usd) : null, Rate.ZERO);
                });
    }
}
