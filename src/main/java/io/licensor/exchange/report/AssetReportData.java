package io.licensor.exchange.report;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.model.Valuation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the asset report shows, already computed by analytics (PortfolioMetrics, the income history): the service
 * fills it, this package only lays it out. Money in the reporting currency unless a field says otherwise.
 *
 * @param portfolio       the portfolio's name
 * @param asset           the asset
 * @param asOf            the as-of date
 * @param windowStart     the day the figures' trailing twelve months start after
 * @param currency        the reporting currency
 * @param figures         the asset's figures from PortfolioMetrics
 * @param valuation       its latest valuation on or before the as-of date, null when none
 * @param copyleft        names of its components under a strong copyleft license
 * @param quarters        labels of the chart's calendar quarters ("2025 Q3"), oldest first
 * @param income          per license covering the asset, its share of income per quarter
 * @param flags           the flags of the asset and of its licenses
 * @param licenses        the licenses covering it
 * @param warnings        sentences about figures left out or taken as given
 */
public record AssetReportData(String portfolio, Asset asset, LocalDate asOf, LocalDate windowStart,
        Currency currency, AssetFigures figures, Valuation valuation, Set<String> copyleft, List<String> quarters,
        List<Series> income, List<Flag> flags, List<LicenseLine> licenses, List<String> warnings) {

    public AssetReportData {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(figures, "figures");
        copyleft = Set.copyOf(copyleft);
        quarters = List.copyOf(quarters);
        income = List.copyOf(income);
        flags = List.copyOf(flags);
        licenses = List.copyOf(licenses);
        warnings = List.copyOf(warnings);
    }

    /** One license's share of the asset's income, one value per quarter. */
    public record Series(String licenseId, String licensee, List<BigDecimal> perQuarter) {
        public Series {
            perQuarter = List.copyOf(perQuarter);
        }
    }

    /**
     * A risk flag in words.
     *
     * @param title       the flag's name in words ("Strong-copyleft component")
     * @param subject     what it is about ("asset A1", "license L3 (Acme Analytics Inc.)")
     * @param explanation why it was raised
     * @param whatToDo    what to do about it
     */
    public record Flag(String title, String subject, String explanation, String whatToDo) {
    }

    /**
     * A license covering the asset, with metrics.md's figures in the license's currency.
     *
     * @param license   the license
     * @param active    in force on the as-of date
     * @param expected  the engine's payable up to the as-of date, null when its terms are invalid
     * @param received  what it paid
     * @param shortfall expected - received, null with expected
     */
    public record LicenseLine(License license, boolean active, BigDecimal expected, BigDecimal received,
            BigDecimal shortfall) {
    }
}
