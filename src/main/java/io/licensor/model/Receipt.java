package io.licensor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payment received from a licensee, in its license's currency (so amounts are plain decimals here; the
 * currency is the license's). gross is before withholding, withholding what the licensee kept back at source.
 * periodStart, reportedSales and reportedUnits may be null (the statement did not say).
 */
public record Receipt(
        String id,
        String licenseId,
        ReceiptKind kind,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal reportedSales,
        BigDecimal reportedUnits,
        BigDecimal gross,
        BigDecimal withholding,
        LocalDate receivedOn) {

    public Receipt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(licenseId, "licenseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(gross, "gross");
        Objects.requireNonNull(withholding, "withholding");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }

    /** gross - withholding: what actually arrived. */
    public BigDecimal net() {
        return gross.subtract(withholding);
    }
}
