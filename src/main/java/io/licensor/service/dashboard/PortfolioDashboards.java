package io.licensor.service.dashboard;

import io.licensor.analytics.Npv;
import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.MaturityModel;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.analytics.metrics.Yields;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.Tier;
import io.licensor.service.dashboard.PortfolioDashboard.AssetIncome;
import io.licensor.service.dashboard.PortfolioDashboard.CountryIncome;
import io.licensor.service.dashboard.PortfolioDashboard.EndingLicense;
import io.licensor.service.dashboard.PortfolioDashboard.LicenseRate;
import io.licensor.service.dashboard.PortfolioDashboard.QuarterIncome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Builds the portfolio dashboard from a portfolio snapshot: a pure function of the portfolio, the as-of date and the
 * discount rate, so the desktop, tests and the benchmark compute the very same figures. Every figure comes from
 * analytics (metrics, income history, license values, yields, maturity model); this class only picks and orders.
 */
public final class PortfolioDashboards {
    /** Calendar quarters in the income chart, the quarter so far included. */
    public static final int QUARTERS = 8;
    /** Assets in the "top assets" chart. */
    public static final int TOP_ASSETS = 8;
    /** How far ahead "ending soon" looks, as EXPIRING_WITHOUT_RENEWAL does. */
    public static final int ENDING_WITHIN_DAYS = 90;

    private PortfolioDashboards() {}

    /**
     * The dashboard of {@code portfolio} as of {@code asOf}, with NPV at {@code discountRate}. The license values,
     * the income history and the maturity do not depend on the metrics: they are computed one after the other on a
     * second core meanwhile (each part is a pure function of the immutable portfolio, so the figures are the same as
     * when computed in turn; about half the work is on each side).
     *
     * @throws IllegalArgumentException when the discount rate is -100 % or less
     */
    public static PortfolioDashboard of(Portfolio portfolio, LocalDate asOf, BigDecimal discountRate) {
        Npv.checkRate(discountRate);
        List<IncomeHistory.Range> ranges = new ArrayList<>(IncomeHistory.calendarQuarters(asOf, QUARTERS));
        ranges.add(IncomeHistory.Range.trailingYear(asOf));
        CompletableFuture<LicenseValues.Result> npvLater = CompletableFuture.supplyAsync(
                () -> LicenseValues.compute(portfolio, asOf, discountRate, LicenseValues.activeOn(asOf)));
        CompletableFuture<IncomeHistory> historyLater = npvLater.thenApply(v -> IncomeHistory.compute(portfolio,
                ranges));
        CompletableFuture<MaturityModel.Assessment> maturityLater = historyLater.thenApply(
                h -> MaturityModel.assess(portfolio, asOf));
        MetricsSnapshot metrics = PortfolioMetrics.compute(portfolio, asOf);
        LicenseValues.Result npv = join(npvLater);
        IncomeHistory history = join(historyLater);
        MaturityModel.Assessment maturity = join(maturityLater);
        Set<String> warnings = new LinkedHashSet<>(metrics.warnings());
        warnings.addAll(history.warnings());
        warnings.addAll(npv.warnings());
        return new PortfolioDashboard(asOf, discountRate, portfolio.settings().reportingCurrency(), metrics,
                Yields.portfolio(portfolio, metrics), renewals(portfolio, asOf), npv, quarters(portfolio, history, asOf),
                topAssets(portfolio, metrics), countries(portfolio, history, QUARTERS), endingSoon(portfolio, asOf),
                flags(portfolio, metrics.flags()), maturity, rates(portfolio, npv), List.copyOf(warnings));
    }

    /** The result of work done on another thread, its failure rethrown as it was thrown there. */
    private static <T> T join(CompletableFuture<T> later) {
        try {
            return later.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static List<QuarterIncome> quarters(Portfolio portfolio, IncomeHistory history, LocalDate asOf) {
        List<QuarterIncome> out = new ArrayList<>(QUARTERS);
        BigDecimal zero = BigDecimal.ZERO.setScale(io.licensor.model.Money.minorUnits(history.currency()));
        for (int q = 0; q < QUARTERS; q++) {
            Map<AssetType, BigDecimal> byType = new EnumMap<>(AssetType.class);
            BigDecimal total = zero;
            for (Asset asset : portfolio.assets()) {
                BigDecimal income = history.ofAsset(asset.id(), q);
                if (income.signum() != 0) {
                    byType.merge(asset.type(), income, BigDecimal::add);
                    total = total.add(income);
                }
            }
            IncomeHistory.Range range = history.ranges().get(q);
            LocalDate quarterEnd = range.after().plusDays(1).plusMonths(3).minusDays(1);
            boolean partial = !range.upTo().equals(quarterEnd);
            out.add(new QuarterIncome(range, partial, byType, total));
        }
        return out;
    }

    private static List<AssetIncome> topAssets(Portfolio portfolio, MetricsSnapshot metrics) {
        Map<String, Asset> assets = new HashMap<>();
        portfolio.assets().forEach(a -> assets.put(a.id(), a));
        return metrics.assets().stream().filter(f -> f.licensingIncome().signum() > 0)
                .sorted(Comparator.comparing(AssetFigures::licensingIncome).reversed())
                .limit(TOP_ASSETS)
                .map(f -> {
                    Asset a = assets.get(f.assetId());
                    return new AssetIncome(f.assetId(), a.title(), a.type(), f.licensingIncome());
                }).toList();
    }

    /** Income per licensee country over the trailing year (range {@code window} of the history). */
    private static List<CountryIncome> countries(Portfolio portfolio, IncomeHistory history, int window) {
        Map<String, BigDecimal> income = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, List<String>> licenses = new HashMap<>();
        for (License license : portfolio.licenses()) {
            BigDecimal amount = history.ofLicense(license.id(), window);
            if (amount.signum() != 0) {
                String country = license.licenseeCountry();
                income.merge(country, amount, BigDecimal::add);
                licenses.computeIfAbsent(country, c -> new ArrayList<>()).add(license.id());
            }
        }
        List<CountryIncome> out = new ArrayList<>();
        income.forEach((country, amount) -> out.add(new CountryIncome(country, amount, licenses.get(country))));
        out.sort(Comparator.comparing(CountryIncome::income).reversed());
        return out;
    }

    /** The licenses counted by metrics.md's renewalRate (end in the window; renewed when another names it). */
    static PortfolioDashboard.Renewals renewals(Portfolio portfolio, LocalDate asOf) {
        IncomeHistory.Range window = IncomeHistory.Range.trailingYear(asOf);
        Set<String> renewedIds = new java.util.HashSet<>();
        portfolio.licenses().stream().filter(l -> l.renewalOf() != null && !l.renewalOf().equals(l.id()))
                .forEach(l -> renewedIds.add(l.renewalOf()));
        List<String> ended = portfolio.licenses().stream().filter(l -> l.end() != null && window.contains(l.end()))
                .map(License::id).toList();
        return new PortfolioDashboard.Renewals(ended, ended.stream().filter(renewedIds::contains).toList());
    }

    static List<EndingLicense> endingSoon(Portfolio portfolio, LocalDate asOf) {
        Map<String, String> renewedBy = new HashMap<>();
        for (License l : portfolio.licenses()) {
            if (l.renewalOf() != null && !l.renewalOf().equals(l.id())) {
                renewedBy.putIfAbsent(l.renewalOf(), l.id());
            }
        }
        LocalDate horizon = asOf.plusDays(ENDING_WITHIN_DAYS);
        return portfolio.licenses().stream()
                .filter(l -> l.end() != null && l.end().isAfter(asOf) && !l.end().isAfter(horizon))
                .sorted(Comparator.comparing(License::end).thenComparing(License::id,
                        io.licensor.model.NaturalOrder.INSTANCE))
                .map(l -> new EndingLicense(l.id(), l.licensee(), l.assetIds(), l.end(),
                        ChronoUnit.DAYS.between(asOf, l.end()), renewedBy.get(l.id())))
                .toList();
    }

    /** The flags with the names a person recognises. */
    static List<FlagItem> flags(Portfolio portfolio, List<RiskFlag> flags) {
        Map<String, Asset> assets = new HashMap<>();
        portfolio.assets().forEach(a -> assets.put(a.id(), a));
        Map<String, License> licenses = new HashMap<>();
        portfolio.licenses().forEach(l -> licenses.put(l.id(), l));
        List<FlagItem> out = new ArrayList<>(flags.size());
        for (RiskFlag flag : flags) {
            if (flag.assetId() != null) {
                Asset asset = assets.get(flag.assetId());
                out.add(new FlagItem(flag, asset == null ? flag.assetId() : asset.title(), flag.assetId()));
            } else {
                License license = licenses.get(flag.licenseId());
                String firstAsset = license == null || license.assetIds().isEmpty() ? null
                        : license.assetIds().get(0);
                out.add(new FlagItem(flag, license == null ? flag.licenseId() : license.licensee(), firstAsset));
            }
        }
        return out;
    }

    private static List<LicenseRate> rates(Portfolio portfolio, LicenseValues.Result values) {
        List<LicenseRate> out = new ArrayList<>();
        // one map instead of values.value(id) per license, which searches the list: quadratic on 50,000 licenses
        Map<String, LicenseValues.Value> byLicense = new HashMap<>();
        for (LicenseValues.Value v : values.values()) {
            byLicense.putIfAbsent(v.licenseId(), v);
        }
        for (License license : portfolio.licenses()) {
            LicenseValues.Value v = byLicense.get(license.id());
            if (license.terms().basis() == RoyaltyBasis.NET_SALES && v != null) {
                out.add(new LicenseRate(license.id(), license.licensee(), v.effectiveRate(),
                        license.terms().tiers().stream().map(Tier::rate).toList()));
            }
        }
        return out;
    }
}
