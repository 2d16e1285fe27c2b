package io.licensor.service;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * One license's reconciliation totals up to the as-of date, in its own currency with its minor units. expected,
 * received and shortfall are exactly metrics.md's figures for the license.
 *
 * @param currency            the license's currency
 * @param expected            the engine's payable on the reported royalty periods (null when the terms are invalid)
 * @param received            gross of the ROYALTY and MINIMUM_TOP_UP receipts (reported or not)
 * @param shortfall           expected - received (null with expected)
 * @param gross               gross of every receipt counted (all kinds, upfront fees and advances included)
 * @param withholding         withheld on every receipt counted
 * @param net                 gross - withholding
 * @param shortPeriods        how many periods are {@link ReceiptCheck#SHORT}
 * @param unreported          how many royalty receipts have no reported base ({@link ReceiptCheck#NO_REPORT})
 * @param inReporting         the same figures in the reporting currency; null when the license's currency has no
 *                            rate on or before the as-of date
 */
public record LicenseTotals(
        Currency currency,
        BigDecimal expected,
        BigDecimal received,
        BigDecimal shortfall,
        BigDecimal gross,
        BigDecimal withholding,
        BigDecimal net,
        int shortPeriods,
        int unreported,
        Converted inReporting) {

    /**
     * Totals converted into the reporting currency at the latest rate on or before the as-of date, each rounded to
     * the reporting currency's minor units (metrics.md "Reporting currency").
     */
    public record Converted(Currency currency, BigDecimal expected, BigDecimal received, BigDecimal shortfall,
            BigDecimal net) {}
}
