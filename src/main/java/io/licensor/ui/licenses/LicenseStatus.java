package io.licensor.ui.licenses;

import io.licensor.model.License;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;

/**
 * Where a license stands on a given day, as the table shows it: not started yet, active, ending within 90 days (the
 * window of metrics.md's EXPIRING_WITHOUT_RENEWAL flag), or expired. {@code days} counts to the start or the end.
 */
public record LicenseStatus(Kind kind, long days) {

    /** How many days ahead an end counts as "ending". */
    public static final int ENDING_WITHIN_DAYS = 90;

    public enum Kind { ACTIVE, ENDING, NOT_STARTED, EXPIRED }

    /** Active first, then ending soonest first, then upcoming, then expired. */
    public static final Comparator<LicenseStatus> ORDER = Comparator.comparing(LicenseStatus::kind)
            .thenComparingLong(LicenseStatus::days);

    public static LicenseStatus of(License license, LocalDate today) {
        if (license.start().isAfter(today)) {
            return new LicenseStatus(Kind.NOT_STARTED, ChronoUnit.DAYS.between(today, license.start()));
        }
        if (license.end() == null) {
            return new LicenseStatus(Kind.ACTIVE, 0);
        }
        if (license.end().isBefore(today)) {
            return new LicenseStatus(Kind.EXPIRED, ChronoUnit.DAYS.between(license.end(), today));
        }
        long left = ChronoUnit.DAYS.between(today, license.end());
        return left <= ENDING_WITHIN_DAYS ? new LicenseStatus(Kind.ENDING, left) : new LicenseStatus(Kind.ACTIVE, 0);
    }

    /** True when the license is in force on the day (active or ending). */
    public boolean inForce() {
        return kind == Kind.ACTIVE || kind == Kind.ENDING;
    }

    /** "Active", "Ends in 12 days", "Ends today", "Starts in 5 days", "Expired". */
    public String label() {
        return switch (kind) {
            case ACTIVE -> "Active";
            case ENDING -> days == 0 ? "Ends today" : days == 1 ? "Ends tomorrow" : "Ends in " + days + " days";
            case NOT_STARTED -> days == 1 ? "Starts tomorrow" : "Starts in " + days + " days";
            case EXPIRED -> "Expired";
        };
    }

    /** A sentence for the tooltip. */
    public String explanation(License license) {
        return switch (kind) {
            case ACTIVE -> license.end() == null ? "In force, with no end date." : "In force until " + license.end()
                    + ".";
            case ENDING -> "In force until " + license.end() + ": renew it or plan for the income to stop.";
            case NOT_STARTED -> "Signed, in force from " + license.start() + ".";
            case EXPIRED -> "Ended on " + license.end() + ".";
        };
    }

    /** The style class that colours the status (always shown with a word and an icon too). */
    public String styleClass() {
        return switch (kind) {
            case ACTIVE -> "status-active";
            case ENDING -> "status-ending";
            case NOT_STARTED -> "status-upcoming";
            case EXPIRED -> "status-expired";
        };
    }
}
