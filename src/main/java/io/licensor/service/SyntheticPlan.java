package io.licensor.service;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.FxRate;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The records of a synthetic portfolio other than its receipts, and where each license's reporting periods lie.
 * Every record draws from a random generator seeded by the request's seed and the record's number, so the
 * portfolio does not depend on the order or the chunks in which it is written.
 *
 * <p>The shape: assets of every type, each with one owner and one valuation; licenses in USD, EUR and GBP cycling
 * through four structures (flat rate, three marginal tiers that reset each contract year with an annual minimum,
 * two whole-volume tiers, a per-unit rate); licensees abroad have 15 % withheld; every tenth license is the renewal
 * of the license before it, which ended when the renewal began; every seventh ends within three months of the last
 * period; monthly EUR and GBP rates; an enforcement entry on every twentieth asset.
 */
final class SyntheticPlan {
    /** The last reporting month of licenses still running: fixed, so the same seed gives the same portfolio. */
    static final YearMonth LAST_MONTH = YearMonth.of(2026, 9);
    static final Currency USD = Currency.getInstance("USD");
    static final Currency EUR = Currency.getInstance("EUR");
    static final Currency GBP = Currency.getInstance("GBP");
    private static final String[] COUNTRIES = {"US", "US", "DE", "GB", "FR", "JP"};

    private final GenerateRequest request;

    SyntheticPlan(GenerateRequest request) {
        this.request = request;
    }

    /** Where license {@code k}'s {@code count} periods of {@code months} months lie: the last ends in lastMonth. */
    record Layout(int k, int count, int months, YearMonth lastMonth) {
        YearMonth firstMonth() {
            return lastMonth.minusMonths((long) count * months - 1);
        }

        LocalDate start() {
            return firstMonth().atDay(1);
        }

        LocalDate end() {
            return lastMonth.atEndOfMonth();
        }
    }

    PortfolioSettings settings() {
        return new PortfolioSettings("Synthetic portfolio (seed " + request.seed() + ")", "US", USD);
    }

    SplittableRandom random(long salt, long number) {
        return new SplittableRandom(request.seed() * 0x9E3779B97F4A7C15L + salt * 1_000_003L + number);
    }

    List<Asset> assets() {
        List<Asset> out = new ArrayList<>(request.assets());
        AssetType[] types = AssetType.values();
        for (int a = 1; a <= request.assets(); a++) {
            SplittableRandom r = random(1, a);
            AssetType type = types[r.nextInt(types.length)];
            LocalDate created = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3000));
            boolean ai = type == AssetType.AI_MODEL || type == AssetType.DATASET;
            out.add(new Asset("A" + a, type.name().charAt(0) + type.name().substring(1).toLowerCase().replace('_', ' ')
                    + " " + a, type, null, List.of("US"), null, created, null,
                    List.of(new Owner("Owner", BigDecimal.ONE)),
                    List.of(new Valuation(created.plusYears(1),
                            Money.of(BigDecimal.valueOf(20_000 + r.nextInt(480_000)), USD), ValuationMethod.MARKET)),
                    List.of(), ai, ai && a % 2 == 0 ? "trained on licensed data" : null, List.of()));
        }
        return out;
    }

    /** How many months each of license k's periods spans: monthly when it has many receipts, else quarterly. */
    private int monthsPerPeriod(int k) {
        return request.receiptsOf(k) > 40 ? 1 : 3;
    }

    private boolean isRenewed(int k) {
        return k % 10 == 9 && k < request.licenses();
    }

    Layout layout(int k) {
        int count = Math.max(1, request.receiptsOf(k));
        int months = monthsPerPeriod(k);
        if (isRenewed(k)) {
            Layout renewal = layout(k + 1);
            return new Layout(k, count, months, renewal.firstMonth().minusMonths(1));
        }
        return new Layout(k, count, months, LAST_MONTH);
    }

    License license(int k) {
        SplittableRandom r = random(2, k);
        Layout layout = layout(k);
        Currency currency = k % 3 == 0 ? EUR : k % 7 == 5 ? GBP : USD;
        String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
        List<String> covered = coveredAssets(k, r);
        LocalDate end = isRenewed(k) ? layout.end()
                : k % 7 == 0 ? LAST_MONTH.plusMonths(2).atEndOfMonth()
                : k % 7 == 3 ? layout.start().plusYears(12).minusDays(1) : null;
        String renewalOf = k % 10 == 0 && isRenewed(k - 1) ? "L" + (k - 1) : null;
        RoyaltyTerms terms = terms(k, currency, layout.start(), !country.equals("US"), r);
        return new License("L" + k, "Licensee " + k, country, covered, layout.start(), end, k % 6 == 0,
                null, null, renewalOf, terms);
    }

    private List<String> coveredAssets(int k, SplittableRandom r) {
        int n = request.assets();
        String first = "A" + (1 + (k - 1) % n);
        if (k % 5 == 0 && n > 1) {
            String second = "A" + (1 + r.nextInt(n));
            return second.equals(first) ? List.of(first) : List.of(first, second);
        }
        return List.of(first);
    }

    private static RoyaltyTerms terms(int k, Currency c, LocalDate start, boolean abroad, SplittableRandom r) {
        Rate withholding = abroad ? new Rate(new BigDecimal("0.15")) : Rate.ZERO;
        Money zero = Money.zero(c);
        return switch (k % 4) {
            case 0 -> new RoyaltyTerms(c, start, zero, zero, RoyaltyBasis.NET_SALES,
                    List.of(new Tier(BigDecimal.ZERO, BigDecimal.valueOf(4 + r.nextInt(12), 2))),
                    TierMode.MARGINAL, TierReset.NEVER, zero, null, withholding);
            case 1 -> new RoyaltyTerms(c, start, zero, zero, RoyaltyBasis.NET_SALES,
                    List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.05")),
                            new Tier(BigDecimal.valueOf(100_000), new BigDecimal("0.08")),
                            new Tier(BigDecimal.valueOf(400_000), new BigDecimal("0.12"))),
                    TierMode.MARGINAL, TierReset.CONTRACT_YEAR, Money.of(BigDecimal.valueOf(2_000), c), null,
                    withholding);
            case 2 -> new RoyaltyTerms(c, start, zero, zero, RoyaltyBasis.NET_SALES,
                    List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.06")),
                            new Tier(BigDecimal.valueOf(250_000), new BigDecimal("0.09"))),
                    TierMode.WHOLE_VOLUME, TierReset.NEVER, zero, null, withholding);
            default -> new RoyaltyTerms(c, start, zero, zero, RoyaltyBasis.UNITS,
                    List.of(new Tier(BigDecimal.ZERO, BigDecimal.valueOf(25 + r.nextInt(150), 2))),
                    TierMode.MARGINAL, TierReset.NEVER, zero, null, withholding);
        };
    }

    /** Monthly EUR and GBP rates (USD per unit) from the first license's start to the last reporting month. */
    List<FxRate> fxRates() {
        YearMonth first = LAST_MONTH;
        for (int k = 1; k <= request.licenses(); k++) {
            YearMonth m = layout(k).firstMonth();
            if (m.isBefore(first)) {
                first = m;
            }
        }
        List<FxRate> out = new ArrayList<>();
        SplittableRandom r = random(3, 0);
        for (YearMonth m = first; !m.isAfter(LAST_MONTH.plusMonths(2)); m = m.plusMonths(1)) {
            out.add(new FxRate(EUR, m.atDay(1), BigDecimal.valueOf(102 + r.nextInt(14), 2)));
            out.add(new FxRate(GBP, m.atDay(1), BigDecimal.valueOf(120 + r.nextInt(14), 2)));
        }
        return out;
    }

    List<EnforcementEntry> enforcement() {
        List<EnforcementEntry> out = new ArrayList<>();
        EnforcementKind[] kinds = EnforcementKind.values();
        for (int a = 20; a <= request.assets(); a += 20) {
            SplittableRandom r = random(4, a);
            EnforcementKind kind = kinds[r.nextInt(kinds.length)];
            BigDecimal cost = BigDecimal.valueOf(200 + r.nextInt(20_000));
            BigDecimal recovered = kind == EnforcementKind.LEGAL ? BigDecimal.valueOf(r.nextInt(30_000))
                    : BigDecimal.ZERO;
            out.add(new EnforcementEntry("E" + (a / 20), "A" + a, null,
                    LAST_MONTH.atEndOfMonth().minusDays(r.nextInt(700)), kind, cost, recovered, USD, null));
        }
        return out;
    }
}
