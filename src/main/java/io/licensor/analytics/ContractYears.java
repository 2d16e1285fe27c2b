package io.licensor.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Contract years as royalty-terms.md defines them: year k runs from startDate + k years to the day before
 * startDate + (k + 1) years, using {@link LocalDate#plusYears} (so a 29 February start gives 28 February).
 */
public final class ContractYears {
    private ContractYears() {}

    /** The contract year (0-based) containing {@code day}; negative before the start date. */
    public static int yearOf(LocalDate start, LocalDate day) {
        // YEARS.between is a good first guess but disagrees with plusYears around 29 February, so settle it exactly.
        long k = ChronoUnit.YEARS.between(start, day);
        while (!day.isBefore(start.plusYears(k + 1))) {
            k++;
        }
        while (day.isBefore(start.plusYears(k))) {
            k--;
        }
        return Math.toIntExact(k);
    }

    /** First day of contract year {@code k}. */
    public static LocalDate firstDay(LocalDate start, int k) {
        return start.plusYears(k);
    }

    /** Last day of contract year {@code k}. */
    public static LocalDate lastDay(LocalDate start, int k) {
        return start.plusYears(k + 1L).minusDays(1);
    }
}
