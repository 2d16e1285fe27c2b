package io.licensor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/**
 * Money spent protecting IP (monitoring, audits, legal action) and anything recovered by it. Exactly one of
 * assetId and licenseId is set. note may be null.
 */
public record EnforcementEntry(
        String id,
        String assetId,
        String licenseId,
        LocalDate date,
        EnforcementKind kind,
        BigDecimal cost,
        BigDecimal recovered,
        Currency currency,
        String note) {

    public EnforcementEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(recovered, "recovered");
        Objects.requireNonNull(currency, "currency");
        if ((assetId == null) == (licenseId == null)) {
            throw new IllegalArgumentException("enforcement entry " + id + " must name exactly one of asset or license");
        }
    }

    /** cost - recovered. */
    public BigDecimal netCost() {
        return cost.subtract(recovered);
    }
}
