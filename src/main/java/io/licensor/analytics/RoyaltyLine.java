package io.licensor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the engine made of one period (royalty-terms.md rules 4 to 8). Money is in the terms' currency, with its
 * minor units.
 *
 * @param index            position of the period in the input (0-based)
 * @param periodStart      as given (may be null)
 * @param periodEnd        as given
 * @param base             the period's base as given
 * @param contractYear     0 for the first contract year
 * @param earnedBeforeCap  earned_p, rule 4
 * @param earned           capped_p, rule 5 (what {@code licensor simulate} calls "earned")
 * @param minimumTopUp     topUp_p, rule 6
 * @param advanceRecouped  recouped_p, rule 7
 * @param payable          payable_p, rule 7
 * @param withholding      withheld on payable_p, rule 8
 * @param net              payable_p - withholding
 */
public record RoyaltyLine(
        int index,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal base,
        int contractYear,
        BigDecimal earnedBeforeCap,
        BigDecimal earned,
        BigDecimal minimumTopUp,
        BigDecimal advanceRecouped,
        BigDecimal payable,
        BigDecimal withholding,
        BigDecimal net) {
}
