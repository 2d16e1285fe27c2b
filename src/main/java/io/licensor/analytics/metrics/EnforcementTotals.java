package io.licensor.analytics.metrics;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Enforcement cost and recoveries per asset over every entry dated on or before the as-of date (not only the
 * twelve-month window of {@code netEnforcementCost}), in the reporting currency. Attribution is metrics.md's: each
 * entry converted at its date and rounded on its own, then split over the license's assets in minor units (an entry
 * naming an asset belongs to it alone). The net of an entry is converted and split exactly as
 * {@link PortfolioMetrics} does for netEnforcementCost, the cost likewise, and recovered is cost - net, so the three
 * figures always add up. Entries without a usable rate are left out and named in the warnings. Immutable.
 */
public final class EnforcementTotals {

    /**
     * One asset's attributed totals, money in the reporting currency with its minor units.
     *
     * @param entries how many entries are attributed to it (whole or in part)
     */
    public record AssetTotals(String assetId, int entries, BigDecimal cost, BigDecimal recovered, BigDecimal net) {}

    private final LocalDate asOf;
    private final List<AssetTotals> assets;
    private final List<String> warnings;

    private EnforcementTotals(LocalDate asOf, List<AssetTotals> assets, List<String> warnings) {
        this.asOf = asOf;
        this.assets = List.copyOf(assets);
        this.warnings = List.copyOf(warnings);
    }

    /** The totals of every asset of the portfolio (in its order, zero when none), as of {@code asOf}. */
    public static EnforcementTotals compute(Portfolio portfolio, LocalDate asOf) {
        PortfolioIndex ix = new PortfolioIndex(portfolio, asOf);
        int n = portfolio.assets().size();
        long[] cost = new long[n];
        long[] net = new long[n];
        int[] entries = new int[n];
        List<String> warnings = new ArrayList<>();
        for (EnforcementEntry e : portfolio.enforcement()) {
            if (!e.date().isAfter(asOf)) {
                add(ix, e, cost, net, entries, warnings);
            }
        }
        List<AssetTotals> out = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            BigDecimal c = BigDecimal.valueOf(cost[a], ix.fx.minorUnits());
            BigDecimal x = BigDecimal.valueOf(net[a], ix.fx.minorUnits());
            out.add(new AssetTotals(portfolio.assets().get(a).id(), entries[a], c, c.subtract(x), x));
        }
        return new EnforcementTotals(asOf, out, warnings);
    }

    private static void add(PortfolioIndex ix, EnforcementEntry e, long[] cost, long[] net, int[] entries,
            List<String> warnings) {
        int[] assets;
        if (e.assetId() != null) {
            Integer a = ix.assetIndex.get(e.assetId());
            assets = a == null ? new int[0] : new int[] {a};
        } else {
            Integer k = ix.licenseIndex.get(e.licenseId());
            assets = k == null ? new int[0] : ix.licenseAssets[k];
        }
        if (assets.length == 0) {
            warnings.add("enforcement entry " + e.id() + ": names no asset of the portfolio; it is left out");
            return;
        }
        BigDecimal convertedNet = ix.fx.convert(e.netCost(), e.currency(), e.date());
        BigDecimal convertedCost = ix.fx.convert(e.cost(), e.currency(), e.date());
        if (convertedNet == null || convertedCost == null) {
            warnings.add(FxConverter.noRate("enforcement entry " + e.id(), e.currency(), e.date()));
            return;
        }
        PortfolioIndex.split(IncomeLedger.minor(convertedNet, ix), assets, net);
        PortfolioIndex.split(IncomeLedger.minor(convertedCost, ix), assets, cost);
        for (int a : assets) {
            entries[a]++;
        }
    }

    /** The as-of date: entries dated after it are left out. */
    public LocalDate asOf() {
        return asOf;
    }

    /** Every asset, in the portfolio's order. */
    public List<AssetTotals> assets() {
        return assets;
    }

    /** One asset's totals. */
    public Optional<AssetTotals> asset(String id) {
        return assets.stream().filter(a -> a.assetId().equals(id)).findFirst();
    }

    /** Entries left out, each with the reason. */
    public List<String> warnings() {
        return warnings;
    }
}
