package io.licensor.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A receipt a checked statement would import, for showing before anything is written. It gets its id when written.
 *
 * @param lines     where it comes from: "line 7" or "lines 2-40"
 * @param licenseId the license it is for
 * @param currency  the license's currency
 */
public record PlannedReceipt(String lines, String licenseId, Currency currency, LocalDate periodStart,
        LocalDate periodEnd, BigDecimal reportedSales, BigDecimal reportedUnits, BigDecimal gross,
        BigDecimal withholding, LocalDate receivedOn) {
}
