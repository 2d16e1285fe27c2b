package io.licensor.ui.assetdashboard;

import io.licensor.analytics.metrics.IncomeHistory;
import java.time.LocalDate;

/** How the dashboards name periods on chart axes: calendar quarters as "Q3 2026". */
public final class Periods {
    private Periods() {}

    /** "Q3 2026" for the quarter a range starts in. */
    public static String quarter(IncomeHistory.Range range) {
        return quarterOf(range.after().plusDays(1));
    }

    /** "Q3 2026" for the quarter holding {@code day}. */
    public static String quarterOf(LocalDate day) {
        return "Q" + ((day.getMonthValue() - 1) / 3 + 1) + " " + day.getYear();
    }

    /** True when the range ends before its quarter does (the quarter so far). */
    public static boolean partial(IncomeHistory.Range range) {
        LocalDate start = range.after().plusDays(1);
        return !range.upTo().equals(start.plusMonths(3).minusDays(1));
    }
}
