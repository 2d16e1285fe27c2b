package io.licensor.analytics.metrics;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Every figure, flag and warning of metrics.md for one portfolio on one as-of date. Immutable.
 *
 * @param asOf              the as-of date A
 * @param windowStart       A minus 12 months: the window is windowStart &lt; d &lt;= A
 * @param reportingCurrency the portfolio's reporting currency
 * @param portfolio         portfolio-wide figures
 * @param assets            per asset, in the portfolio's order
 * @param licenses          per license, in the portfolio's order
 * @param flags             sorted by code, then by id
 * @param warnings          sentences naming an item and why it was left out or looks wrong
 */
public record MetricsSnapshot(
        LocalDate asOf,
        LocalDate windowStart,
        Currency reportingCurrency,
        PortfolioFigures portfolio,
        List<AssetFigures> assets,
        List<LicenseFigures> licenses,
        List<RiskFlag> flags,
        List<String> warnings) {

    public MetricsSnapshot {
        assets = List.copyOf(assets);
        licenses = List.copyOf(licenses);
        flags = List.copyOf(flags);
        warnings = List.copyOf(warnings);
    }

    /** The figures of one asset. */
    public Optional<AssetFigures> asset(String id) {
        return assets.stream().filter(a -> a.assetId().equals(id)).findFirst();
    }

    /** The figures of one license. */
    public Optional<LicenseFigures> license(String id) {
        return licenses.stream().filter(l -> l.licenseId().equals(id)).findFirst();
    }
}
