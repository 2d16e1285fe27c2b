package io.licensor.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * How many receipts a license gets (or has) and what they add up to, in the license's currency.
 *
 * @param licenseId       the license
 * @param licensee        who pays
 * @param currency        the license's currency
 * @param receipts        how many receipts
 * @param gross           the sum of their gross amounts
 * @param withholding     the sum of what was withheld
 * @param firstPeriodEnd  the earliest period end, or null when there are no receipts
 * @param lastPeriodEnd   the latest period end, or null when there are no receipts
 */
public record StatementTotals(String licenseId, String licensee, Currency currency, long receipts, BigDecimal gross,
        BigDecimal withholding, LocalDate firstPeriodEnd, LocalDate lastPeriodEnd) {

    public StatementTotals {
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(withholding, "withholding");
    }

    /** gross - withholding: what arrived. */
    public BigDecimal net() {
        return gross.subtract(withholding);
    }
}
