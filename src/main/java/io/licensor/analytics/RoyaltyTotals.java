package io.licensor.analytics;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * The totals of royalty-terms.md rule 9, plus the parts they are made of. Money in {@code currency} with its minor
 * units.
 *
 * @param upfrontFee            the terms' upfront fee (paid at the start)
 * @param advance               the terms' advance (paid at the start)
 * @param upfrontWithholding    withheld on the upfront fee
 * @param advanceWithholding    withheld on the advance
 * @param totalEarned           sum of earned (capped) royalties
 * @param totalMinimumTopUp     sum of minimum annual top-ups
 * @param totalAdvanceRecouped  sum of the advance recouped from royalties due
 * @param advanceUnrecouped     the part of the advance not recouped by the end of the data
 * @param totalPayable          sum of payable
 * @param totalIncome           upfrontFee + advance + totalPayable
 * @param totalWithholding      every amount withheld, upfront fee and advance included
 * @param totalNet              totalIncome - totalWithholding
 */
public record RoyaltyTotals(
        Currency currency,
        BigDecimal upfrontFee,
        BigDecimal advance,
        BigDecimal upfrontWithholding,
        BigDecimal advanceWithholding,
        BigDecimal totalEarned,
        BigDecimal totalMinimumTopUp,
        BigDecimal totalAdvanceRecouped,
        BigDecimal advanceUnrecouped,
        BigDecimal totalPayable,
        BigDecimal totalIncome,
        BigDecimal totalWithholding,
        BigDecimal totalNet) {
}
