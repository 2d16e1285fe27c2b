package io.licensor.analytics.metrics;

import io.licensor.model.Portfolio;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One computation's view of the portfolio as of a date: the portfolio's {@link PortfolioColumns} (made once per
 * portfolio: a million receipts are walked with int indices instead of map look-ups and objects) plus the as-of date,
 * its window and the computation's own warnings.
 */
final class PortfolioIndex {
    final Portfolio portfolio;
    final LocalDate asOf;
    final LocalDate windowStart;
    final PortfolioColumns columns;
    final FxConverter fx;
    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> assetIndex;
    final Map<String, Integer> licenseIndex;
    /** For each license, the positions of its assets in its {@code assets} order. */
    final int[][] licenseAssets;
    /** For each receipt, the position of its license, -1 when the license is unknown. */
    final int[] receiptLicense;
    /** Receipts grouped by license: those of license k are {@code byLicense[groupStart[k] .. groupStart[k + 1])}. */
    final int[] groupStart;
    final int[] byLicense;

    PortfolioIndex(Portfolio portfolio, LocalDate asOf) {
        this.portfolio = portfolio;
        this.asOf = asOf;
        this.windowStart = asOf.minusMonths(12);
        this.columns = PortfolioColumns.of(portfolio);
        this.fx = columns.fx;
        this.warnings.addAll(columns.warnings);
        this.assetIndex = columns.assetIndex;
        this.licenseIndex = columns.licenseIndex;
        this.licenseAssets = columns.licenseAssets;
        this.receiptLicense = columns.receiptLicense;
        this.groupStart = columns.groupStart;
        this.byLicense = columns.byLicense;
    }

    /** True when some license other than {@code id} itself names it in renewalOf. */
    boolean isRenewed(String id) {
        return columns.renewed.contains(id);
    }

    /** True when {@code day} is in the window: A - 12 months &lt; day &lt;= A. */
    boolean inWindow(LocalDate day) {
        return day.isAfter(windowStart) && !day.isAfter(asOf);
    }

    /**
     * Adds {@code amount} (in minor units) to {@code totals}, split equally over {@code assets} in minor units: the
     * remainder goes one unit each to the first assets; a negative amount is split by its size, the sign kept.
     */
    static void split(long amount, int[] assets, long[] totals) {
        int n = assets.length;
        if (n == 0) {
            return;
        }
        long size = Math.abs(amount);
        long share = size / n;
        long remainder = size % n;
        long sign = Long.signum(amount);
        for (int i = 0; i < n; i++) {
            totals[assets[i]] += sign * (share + (i < remainder ? 1 : 0));
        }
    }
}
