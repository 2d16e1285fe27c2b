package io.licensor.service;

import java.time.LocalDate;

/**
 * A receipt of a statement that is probably already there: a ROYALTY receipt of the same license and period is
 * stored (existingReceiptId), or another row of the same file gives the same license and period (otherLine).
 * Periods are the same when their ends are equal and their starts are equal or one of them is not given.
 *
 * @param line              the (first) line of the statement row
 * @param lines             "line 7" or "lines 2-40" (a grouped receipt)
 * @param licenseId         the license
 * @param periodStart       the period's start, or null
 * @param periodEnd         the period's end
 * @param existingReceiptId the stored receipt it repeats, or null when it repeats a row of the file
 * @param otherLine         the earlier line of the file it repeats, or 0 when it repeats a stored receipt
 */
public record DuplicateReceipt(long line, String lines, String licenseId, LocalDate periodStart,
        LocalDate periodEnd, String existingReceiptId, long otherLine) {

    /** In plain words: "line 7: license L1, period 2025-04-01 to 2025-06-30 is already receipt R7". */
    @Override
    public String toString() {
        return lines + ": " + what();
    }

    /** The message without the line: "license L1, period ... is already receipt R7". */
    public String what() {
        String period = periodStart == null ? "period ending " + periodEnd
                : "period " + periodStart + " to " + periodEnd;
        String repeats = existingReceiptId != null ? "is already in the portfolio as receipt " + existingReceiptId
                : "is also on line " + otherLine + " of this file";
        return "license " + licenseId + ", " + period + " " + repeats;
    }
}
