package io.licensor.exchange.statement;

import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A receipt read from a statement, before it has an id or a license: one row, or the sum of a period's rows.
 * Amounts are exact as written (sums of exact values); withholding is a positive amount kept back.
 *
 * @param firstLine     physical line of its (first) row
 * @param lastLine      physical line of its last row (same as firstLine for one row)
 * @param rows          how many rows it sums
 * @param licenseRef    what the license column said, or null when no license column is mapped (or it was empty)
 * @param periodStart   start of the period, or null when the statement does not say
 * @param periodEnd     end of the period
 * @param reportedSales sales the licensee reported, or null
 * @param reportedUnits units the licensee reported, or null
 * @param gross         what the licensee paid before withholding
 * @param withholding   what it withheld (0 when no column says)
 * @param receivedOn    when it was paid; the period end when the statement does not say
 * @param currency      the currency the rows named (column or symbol), or null when they named none
 */
public record ReceiptCandidate(
        long firstLine,
        long lastLine,
        int rows,
        String licenseRef,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal reportedSales,
        BigDecimal reportedUnits,
        BigDecimal gross,
        BigDecimal withholding,
        LocalDate receivedOn,
        String currency) {

    public ReceiptCandidate {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(withholding, "withholding");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    /** The receipt, once the caller has chosen its id and license. */
    public Receipt toReceipt(String id, String licenseId, ReceiptKind kind) {
        return new Receipt(id, licenseId, kind, periodStart, periodEnd, reportedSales, reportedUnits, gross,
                withholding, receivedOn);
    }

    /** Where it came from, for messages: "line 7" or "lines 2-40". */
    public String lines() {
        return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    }
}
