package io.licensor.exchange.statement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One valid row's values. periodStart is null unless a column or the title gave it; gross is zero for a row without
 * one when rows are grouped; withholding keeps its sign as written (a deduction is often written negative) until the
 * receipt is made; receivedOn is null when no column gave it.
 */
record ParsedRow(
        long line,
        String licenseRef,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal reportedSales,
        BigDecimal units,
        BigDecimal gross,
        BigDecimal withholding,
        LocalDate receivedOn,
        String currency) {

    /** This row alone as a receipt: withholding as a positive amount, payment dated by the period end if unsaid. */
    ReceiptCandidate toCandidate() {
        return new ReceiptCandidate(line, line, 1, licenseRef, periodStart, periodEnd, reportedSales, units, gross,
                withholding.abs(), receivedOn != null ? receivedOn : periodEnd, currency);
    }
}
