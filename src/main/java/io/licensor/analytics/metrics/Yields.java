package io.licensor.analytics.metrics;

import io.licensor.model.Asset;
import io.licensor.model.Portfolio;
import io.licensor.model.Valuation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Yield beyond one asset on one date: the portfolio's yield (income over value of the assets that have a value) and
 * an asset's yield over time. Both follow metrics.md's yield: licensing income over the trailing twelve months
 * divided by the latest valuation dated on or before the as-of date, converted at that valuation's date.
 */
public final class Yields {

    /**
     * The portfolio's yield.
     *
     * @param yield   income / value; null when no asset has a usable, non-zero valuation
     * @param income  the licensing income of the assets counted
     * @param value   the sum of their latest valuations, in the reporting currency
     * @param counted how many assets have a usable valuation and count
     * @param left    how many assets have none (or one without an exchange rate, or of zero) and do not count
     */
    public record PortfolioYield(BigDecimal yield, BigDecimal income, BigDecimal value, int counted, int left) {
    }

    /** An asset's yield as of a date; {@code yield} is null where metrics.md gives none. */
    public record Point(LocalDate asOf, BigDecimal yield) {
    }

    private Yields() {}

    /**
     * The portfolio's yield as of the snapshot's date: the income of the assets that have a usable, non-zero
     * valuation, over the sum of those valuations. Assets without one are left out of both sides, so they neither
     * inflate nor dilute it; it is the value-weighted average of the assets' own yields.
     */
    public static PortfolioYield portfolio(Portfolio portfolio, MetricsSnapshot metrics) {
        FxConverter fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        BigDecimal income = BigDecimal.ZERO.setScale(fx.minorUnits());
        BigDecimal value = BigDecimal.ZERO.setScale(fx.minorUnits());
        int counted = 0;
        // one map instead of metrics.asset(id) per asset, which searches the list: quadratic on 10,000 assets
        Map<String, BigDecimal> incomes = new HashMap<>();
        for (AssetFigures figures : metrics.assets()) {
            incomes.putIfAbsent(figures.assetId(), figures.licensingIncome());
        }
        for (Asset asset : portfolio.assets()) {
            BigDecimal worth = valueOf(fx, latest(asset, metrics.asOf()));
            if (worth == null || worth.signum() == 0) {
                continue;
            }
            counted++;
            value = value.add(worth);
            income = income.add(incomes.getOrDefault(asset.id(), BigDecimal.ZERO));
        }
        return new PortfolioYield(PortfolioMetrics.ratio(income, value), income, value, counted,
                portfolio.assets().size() - counted);
    }

    /** {@code assetId}'s yield as of each of {@code dates}, each exactly as metrics.md would give it on that date. */
    public static List<Point> trend(Portfolio portfolio, String assetId, List<LocalDate> dates) {
        Asset asset = portfolio.assets().stream().filter(a -> a.id().equals(assetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no asset " + assetId + " in the portfolio"));
        List<IncomeHistory.Range> windows = dates.stream().map(IncomeHistory.Range::trailingYear).toList();
        IncomeHistory history = IncomeHistory.compute(portfolio, windows, l -> l.assetIds().contains(assetId));
        FxConverter fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        List<Point> points = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            BigDecimal worth = valueOf(fx, latest(asset, dates.get(i)));
            BigDecimal yield = worth == null ? null : PortfolioMetrics.ratio(history.ofAsset(assetId, i), worth);
            points.add(new Point(dates.get(i), yield));
        }
        return points;
    }

    /** The ends of the {@code count} calendar quarters before {@code asOf}, oldest first, then {@code asOf} itself. */
    public static List<LocalDate> quarterEndsThen(LocalDate asOf, int count) {
        List<IncomeHistory.Range> quarters = IncomeHistory.calendarQuarters(asOf, count + 1);
        List<LocalDate> dates = new ArrayList<>(count + 1);
        for (int i = 0; i < count; i++) {
            dates.add(quarters.get(i).upTo());
        }
        dates.add(asOf);
        return dates;
    }

    /**
     * The valuation yield uses: the latest dated on or before {@code asOf}; of two on the same date the later in
     * the asset's list (the rule of {@link PortfolioMetrics}). Null when there is none.
     */
    public static Valuation latest(Asset asset, LocalDate asOf) {
        Valuation latest = null;
        for (Valuation v : asset.valuations()) {
            if (!v.asOf().isAfter(asOf) && (latest == null || !v.asOf().isBefore(latest.asOf()))) {
                latest = v;
            }
        }
        return latest;
    }

    private static BigDecimal valueOf(FxConverter fx, Valuation valuation) {
        return valuation == null ? null
                : fx.convert(valuation.amount().amount(), valuation.amount().currency(), valuation.asOf());
    }
}
