package io.licensor.service.dashboard;

import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.MaturityModel;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.Yields;
import io.licensor.model.AssetType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Everything the portfolio dashboard shows for one as-of date and discount rate, computed in one go off the FX
 * thread. Money is in the reporting currency unless a record says otherwise. Immutable.
 *
 * @param asOf          the as-of date A
 * @param discountRate  the annual rate of the NPV figure
 * @param currency      the reporting currency
 * @param metrics       metrics.md's figures, flags and warnings (the same as {@code licensor metrics})
 * @param yield         income over value of the assets that have a value
 * @param renewals      the licenses behind the renewal rate
 * @param npv           NPV of the licenses in force on A
 * @param quarters      licensing income by calendar quarter and asset type, oldest first
 * @param topAssets     the assets with the most licensing income over the trailing twelve months, most first
 * @param countries     licensing income over the trailing twelve months by licensee country, most first
 * @param endingSoon    licenses ending after A and at most 90 days after it, soonest first
 * @param flags         the metrics' risk flags, ready to list
 * @param maturity      the portfolio's place on the maturity model
 * @param rates         effective royalty rates of the licenses in force on per-sales terms
 * @param warnings      every warning of the figures above, each once
 */
public record PortfolioDashboard(
        LocalDate asOf,
        BigDecimal discountRate,
        Currency currency,
        MetricsSnapshot metrics,
        Yields.PortfolioYield yield,
        Renewals renewals,
        LicenseValues.Result npv,
        List<QuarterIncome> quarters,
        List<AssetIncome> topAssets,
        List<CountryIncome> countries,
        List<EndingLicense> endingSoon,
        List<FlagItem> flags,
        MaturityModel.Assessment maturity,
        List<LicenseRate> rates,
        List<String> warnings) {

    public PortfolioDashboard {
        quarters = List.copyOf(quarters);
        topAssets = List.copyOf(topAssets);
        countries = List.copyOf(countries);
        endingSoon = List.copyOf(endingSoon);
        flags = List.copyOf(flags);
        rates = List.copyOf(rates);
        warnings = List.copyOf(warnings);
    }

    /**
     * The licenses behind the renewal rate: those whose end falls in the trailing twelve months, and the ones among
     * them another license renews.
     */
    public record Renewals(List<String> ended, List<String> renewed) {
        public Renewals {
            ended = List.copyOf(ended);
            renewed = List.copyOf(renewed);
        }
    }

    /**
     * One calendar quarter's income.
     *
     * @param range   the quarter; the last one ends on the as-of date
     * @param partial true for the quarter so far (it ends on the as-of date, not on the quarter's last day)
     * @param byType  income per asset type, only types with some income, in the enum's order
     * @param total   the quarter's income
     */
    public record QuarterIncome(IncomeHistory.Range range, boolean partial, Map<AssetType, BigDecimal> byType,
            BigDecimal total) {
        public QuarterIncome {
            Map<AssetType, BigDecimal> copy = new java.util.EnumMap<>(AssetType.class);
            copy.putAll(byType);
            byType = java.util.Collections.unmodifiableMap(copy);
        }
    }

    /** An asset's licensing income over the trailing twelve months. */
    public record AssetIncome(String assetId, String title, AssetType type, BigDecimal income) {
    }

    /**
     * Income from the licensees of one country over the trailing twelve months.
     *
     * @param country    ISO 3166 alpha-2 code; null for licenses without a country
     * @param income     their licenses' income
     * @param licenseIds the licenses counted
     */
    public record CountryIncome(String country, BigDecimal income, List<String> licenseIds) {
        public CountryIncome {
            licenseIds = List.copyOf(licenseIds);
        }
    }

    /**
     * A license ending soon.
     *
     * @param licenseId the license
     * @param licensee  who holds it
     * @param assetIds  what it covers
     * @param end       its last day
     * @param daysLeft  days from the as-of date to the end
     * @param renewedBy the license that renews it, null when none is recorded
     */
    public record EndingLicense(String licenseId, String licensee, List<String> assetIds, LocalDate end,
            long daysLeft, String renewedBy) {
        public EndingLicense {
            assetIds = List.copyOf(assetIds);
        }
    }

    /**
     * A license's effective royalty rate next to the rates its contract names.
     *
     * @param licenseId     the license
     * @param licensee      who holds it
     * @param effectiveRate earned + minimum top-ups over reported sales, since the start; null without sales
     * @param contractRates the tier rates as written, lowest threshold first
     */
    public record LicenseRate(String licenseId, String licensee, BigDecimal effectiveRate,
            List<BigDecimal> contractRates) {
        public LicenseRate {
            contractRates = List.copyOf(contractRates);
        }
    }
}
