package io.licensor.service.dashboard;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.Yields;
import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.model.Valuation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Everything one asset's dashboard shows for an as-of date and discount rate. Money in the reporting currency unless
 * a record says otherwise. Immutable.
 *
 * @param asOf             the as-of date A
 * @param discountRate     the annual rate of the NPV figures
 * @param currency         the reporting currency
 * @param asset            the asset
 * @param figures          its metrics (income, yield, enforcement)
 * @param valuation        its latest valuation on or before A, null when none
 * @param quarters         the calendar quarters of {@link LicenseIncome#perQuarter()}, oldest first
 * @param incomeByLicense  per license covering the asset, its share of the license's income per quarter
 * @param yieldTrend       its yield at the end of each of the previous quarters, then on A
 * @param licenses         the licenses covering it, in the portfolio's order
 * @param npvOfActive      its share of the NPV of its licenses in force on A
 * @param flags            its flags and those of its licenses
 * @param relief           starting values for the relief-from-royalty calculator
 * @param warnings         the warnings of the figures above, each once
 */
public record AssetDashboard(
        LocalDate asOf,
        BigDecimal discountRate,
        Currency currency,
        Asset asset,
        AssetFigures figures,
        Valuation valuation,
        List<IncomeHistory.Range> quarters,
        List<LicenseIncome> incomeByLicense,
        List<Yields.Point> yieldTrend,
        List<AssetLicense> licenses,
        BigDecimal npvOfActive,
        List<FlagItem> flags,
        ReliefStart relief,
        List<String> warnings) {

    public AssetDashboard {
        quarters = List.copyOf(quarters);
        incomeByLicense = List.copyOf(incomeByLicense);
        yieldTrend = List.copyOf(yieldTrend);
        licenses = List.copyOf(licenses);
        flags = List.copyOf(flags);
        warnings = List.copyOf(warnings);
    }

    /** One license's share of income booked to the asset, per quarter. */
    public record LicenseIncome(String licenseId, String licensee, List<BigDecimal> perQuarter) {
        public LicenseIncome {
            perQuarter = List.copyOf(perQuarter);
        }

        public BigDecimal total() {
            return perQuarter.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A license covering the asset.
     *
     * @param license   the license
     * @param active    in force on the as-of date
     * @param figures   its expected, received and shortfall (license currency)
     * @param value     its NPV and effective rate, null when the engine could not value it
     * @param npvShare  the asset's share of its converted NPV (split like income), null without one
     * @param renewedBy the license renewing it, null when none
     */
    public record AssetLicense(License license, boolean active, LicenseFigures figures, LicenseValues.Value value,
            BigDecimal npvShare, String renewedBy) {
    }

    /**
     * Where the relief-from-royalty calculator starts: the asset's share of its licensees' reported sales over the
     * trailing twelve months and the royalty those sales earned, so the first value shown is about this asset.
     *
     * @param revenue     yearly revenue, reporting currency (a round default when there are no reports)
     * @param royaltyRate royalty rate, a fraction
     * @param fromReports true when both come from the licensees' reports, false for the defaults
     */
    public record ReliefStart(BigDecimal revenue, BigDecimal royaltyRate, boolean fromReports) {
    }
}
