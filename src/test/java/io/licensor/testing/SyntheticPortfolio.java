package io.licensor.testing;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.Portfolio;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Rate;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;

/**
 * Big, plausible portfolios for benchmarks and responsiveness tests: a hundred receipts per license, each license on
 * tiered terms in USD or EUR covering one asset (every fifth covers two), consecutive reporting periods from
 * 2023-01-01 up to the as-of date with reported sales, monthly EUR rates, a valuation per asset and a few
 * enforcement entries. Deterministic for a given size.
 */
public final class SyntheticPortfolio {
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final LocalDate START = LocalDate.of(2023, 1, 1);
    private static final int RECEIPTS_PER_LICENSE = 100;
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    private SyntheticPortfolio() {}

    /** A portfolio with about {@code receipts} receipts (rounded to whole licenses of a hundred). */
    public static Portfolio withReceipts(int receipts) {
        Random random = new Random(receipts);
        int licenses = Math.max(1, receipts / RECEIPTS_PER_LICENSE);
        List<Asset> assets = new ArrayList<>(licenses);
        for (int a = 1; a <= licenses; a++) {
            AssetType type = AssetType.values()[a % AssetType.values().length];
            assets.add(new Asset("A" + a, "Synthetic asset " + a, type, null, List.of("US"), null, null, null,
                    List.of(new Owner("Owner", BigDecimal.ONE)), List.of(new Valuation(START,
                    Money.of(BigDecimal.valueOf(20_000 + random.nextInt(200_000)), USD),
                    ValuationMethod.MARKET)), List.of(), false, null, List.of()));
        }
        List<License> licenseList = new ArrayList<>(licenses);
        List<Receipt> receiptList = new ArrayList<>(licenses * RECEIPTS_PER_LICENSE);
        long span = ChronoUnit.DAYS.between(START, AS_OF);
        long period = Math.max(1, span / RECEIPTS_PER_LICENSE);
        for (int k = 1; k <= licenses; k++) {
            Currency currency = k % 3 == 0 ? EUR : USD;
            List<String> covered = k % 5 == 0 && k < licenses ? List.of("A" + k, "A" + (k + 1)) : List.of("A" + k);
            licenseList.add(new License("L" + k, "Licensee " + k, k % 4 == 0 ? "DE" : "US", covered, START,
                    START.plusYears(5), false, null, null, null, terms(currency)));
            for (int i = 0; i < RECEIPTS_PER_LICENSE; i++) {
                LocalDate from = START.plusDays(i * period);
                LocalDate to = from.plusDays(period - 1);
                BigDecimal sales = BigDecimal.valueOf(1_000 + random.nextInt(20_000));
                BigDecimal gross = sales.multiply(new BigDecimal("0.08")).setScale(2, java.math.RoundingMode.HALF_EVEN);
                receiptList.add(new Receipt("R" + k + "-" + i, "L" + k, ReceiptKind.ROYALTY, from, to, sales, null,
                        gross, BigDecimal.ZERO, to.plusDays(20)));
            }
        }
        List<FxRate> rates = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(AS_OF); d = d.plusMonths(1)) {
            rates.add(new FxRate(EUR, d, new BigDecimal("1.0").add(BigDecimal.valueOf(random.nextInt(20), 2))));
        }
        List<EnforcementEntry> enforcement = new ArrayList<>();
        for (int e = 1; e <= Math.max(1, licenses / 20); e++) {
            enforcement.add(new EnforcementEntry("E" + e, "A" + e, null, AS_OF.minusDays(e % 300),
                    EnforcementKind.MONITORING, BigDecimal.valueOf(100 + e % 900), BigDecimal.ZERO, USD, null));
        }
        return new Portfolio(new PortfolioSettings("Synthetic " + receipts, "US", USD), assets, licenseList,
                receiptList, enforcement, rates);
    }

    private static RoyaltyTerms terms(Currency c) {
        return new RoyaltyTerms(c, START, Money.zero(c), Money.zero(c), RoyaltyBasis.NET_SALES,
                List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.08")),
                        new Tier(new BigDecimal("2000000"), new BigDecimal("0.10"))),
                TierMode.MARGINAL, TierReset.NEVER, Money.zero(c), null, Rate.ZERO);
    }
}
