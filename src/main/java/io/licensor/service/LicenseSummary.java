package io.licensor.service;

import io.licensor.analytics.metrics.RiskFlag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What the licenses section shows about one license beyond its own fields, as of one day: its risk flags, the
 * metrics.md figures (expected, received, shortfall, in the license's currency), the received amount in the
 * reporting currency, and the sales base its licensee reported over its latest twelve months of statements.
 *
 * @param licenseId           the license
 * @param currency            the license's currency
 * @param flags               the license's risk flags (metrics.md), sorted by code
 * @param receiptCount        how many receipts the license has, of any kind and date
 * @param expected            metrics.md expected; null when the terms are invalid
 * @param received            metrics.md received
 * @param shortfall           metrics.md shortfall; null with expected
 * @param receivedInReporting received converted into the reporting currency receipt by receipt (each at its
 *                            receivedOn date); null when some receipt has no usable exchange rate
 * @param reportedBase        reported net sales (units for UNITS terms) of the ROYALTY receipts whose periodEnd lies in
 *                            the twelve months up to the latest reported periodEnd; null when the licensee never
 *                            reported a figure
 * @param reportedUntil       the latest reported periodEnd counted in reportedBase, null with it
 */
public record LicenseSummary(
        String licenseId,
        Currency currency,
        List<RiskFlag> flags,
        int receiptCount,
        BigDecimal expected,
        BigDecimal received,
        BigDecimal shortfall,
        BigDecimal receivedInReporting,
        BigDecimal reportedBase,
        LocalDate reportedUntil) {

    public LicenseSummary {
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(currency, "currency");
        flags = List.copyOf(flags);
    }
}
