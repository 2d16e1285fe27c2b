package io.licensor.analytics.metrics;

import io.licensor.analytics.Npv;
import io.licensor.analytics.PeriodLocator;
import io.licensor.analytics.PeriodSeries;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltyTotals;
import io.licensor.analytics.RoyaltyValuation;
import io.licensor.analytics.pricing.EffectiveRoyaltyRate;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What licenses are worth so far: for each, the royalty engine run on the licensee's own reports up to an as-of date
 * (the periods of metrics.md's {@code expected}: ROYALTY receipts with reported sales, or units for per-unit terms,
 * and periodEnd on or before the date, in periodEnd order), giving
 * <ul>
 * <li>the NPV at a discount rate (royalty-terms.md rule 10: net upfront fee and advance at the start, each period's
 * net at t = months / 12 + days / 365 after it), in the license's currency and converted to the reporting currency
 * at the latest rate on or before the as-of date;</li>
 * <li>the effective royalty rate: earned (after the cap) plus minimum top-ups over the reported sales (per-sales
 * terms only).</li>
 * </ul>
 * A license whose terms or reports the engine refuses is left out with a warning naming it and the reason.
 */
public final class LicenseValues {

    /**
     * One license's values.
     *
     * @param licenseId     the license
     * @param currency      its terms' currency
     * @param npv           the engine's NPV in {@code currency}
     * @param npvConverted  {@code npv} in the reporting currency; null when there is no exchange rate (then a warning)
     * @param effectiveRate earned + minimum top-ups over reported sales; null for per-unit terms or without sales
     * @param periods       how many reporting periods went in
     */
    public record Value(String licenseId, Currency currency, BigDecimal npv, BigDecimal npvConverted,
            BigDecimal effectiveRate, int periods) {
    }

    /**
     * The values of the licenses asked for.
     *
     * @param asOf              the as-of date
     * @param discountRate      the annual discount rate
     * @param reportingCurrency the currency of {@link #total()} and each {@code npvConverted}
     * @param values            one per license the engine could value, in the portfolio's order
     * @param total             the sum of the converted NPVs
     * @param warnings          licenses left out (and why), missing exchange rates
     */
    public record Result(LocalDate asOf, BigDecimal discountRate, Currency reportingCurrency, List<Value> values,
            BigDecimal total, List<String> warnings) {
        public Result {
            values = List.copyOf(values);
            warnings = List.copyOf(warnings);
        }

        public Optional<Value> value(String licenseId) {
            return values.stream().filter(v -> v.licenseId().equals(licenseId)).findFirst();
        }
    }

    private LicenseValues() {}

    /** The licenses in force on {@code day}: started, and not ended before it. */
    public static Predicate<License> activeOn(LocalDate day) {
        return license -> license.isActiveOn(day);
    }

    /**
     * Values the licenses {@code which} accepts.
     *
     * @throws IllegalArgumentException when the discount rate is -100 % or less
     */
    public static Result compute(Portfolio portfolio, LocalDate asOf, BigDecimal discountRate,
            Predicate<License> which) {
        Npv.checkRate(discountRate);
        PortfolioIndex ix = new PortfolioIndex(portfolio, asOf);
        List<Value> values = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(ix.fx.minorUnits());
        for (int k = 0; k < portfolio.licenses().size(); k++) {
            License license = portfolio.licenses().get(k);
            if (!which.test(license)) {
                continue;
            }
            Value value = value(ix, k, discountRate, warnings);
            if (value == null) {
                continue;
            }
            values.add(value);
            if (value.npvConverted() != null) {
                total = total.add(value.npvConverted());
            }
        }
        return new Result(asOf, discountRate, ix.fx.reportingCurrency(), values, total, warnings);
    }

    private static Value value(PortfolioIndex ix, int k, BigDecimal rate, List<String> warnings) {
        License license = ix.portfolio.licenses().get(k);
        PortfolioColumns.LicenseEngine made = ix.columns.engine(ix.portfolio, k);
        if (made.engine() == null) {
            warnings.add("license " + license.id() + ": NPV not computed: " + made.refusal());
            return null;
        }
        PeriodSeries reports = ReportView.of(ix, k, license.terms().basis() == RoyaltyBasis.UNITS);
        if (!made.cleanUpTo(reports.size())) {
            // the checks RoyaltyEngine.run makes, worded as it words them
            List<Problem> problems = made.engine().problems(reports, PeriodLocator.byIndex());
            warnings.add("license " + license.id() + ": NPV not computed: "
                    + new InputRejectedException("sales periods", problems).getMessage());
            return null;
        }
        RoyaltyValuation valuation = made.engine().value(reports, rate);
        Currency currency = license.terms().currency();
        BigDecimal npv = valuation.npv();
        BigDecimal converted = ix.fx.convert(npv, currency, ix.asOf);
        if (converted == null) {
            warnings.add(FxConverter.noRate("license " + license.id() + ": NPV", currency, ix.asOf));
        }
        RoyaltyTotals totals = valuation.totals();
        BigDecimal effective = license.terms().basis() == RoyaltyBasis.NET_SALES
                ? EffectiveRoyaltyRate.of(totals.totalEarned().add(totals.totalMinimumTopUp()), valuation.bases())
                : null;
        return new Value(license.id(), currency, npv, converted, effective, valuation.periods());
    }
}
