package io.licensor.analytics.metrics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * What a license should have paid against what it paid (metrics.md), in the license's own currency.
 *
 * @param licenseId               the license
 * @param currency                its terms' currency
 * @param expected                the engine's payable on the licensee's own reports up to the as-of date
 *                                (null only when the terms themselves are invalid; then a warning says so)
 * @param received                gross of its ROYALTY and MINIMUM_TOP_UP receipts with periodEnd up to the as-of date
 * @param shortfall               expected - received (positive: paid less than its reports imply); null with expected
 * @param latestRoyaltyPeriodEnd  periodEnd of its latest ROYALTY receipt up to the as-of date, null when none
 */
public record LicenseFigures(
        String licenseId,
        Currency currency,
        BigDecimal expected,
        BigDecimal received,
        BigDecimal shortfall,
        LocalDate latestRoyaltyPeriodEnd) {
}
