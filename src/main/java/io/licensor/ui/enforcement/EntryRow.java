package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * One line of the enforcement table: the entry, what it is about in words ("A3 Nordic Line icon set"), and its net
 * cost in the reporting currency at its date (null when there is no rate).
 */
public record EntryRow(EnforcementEntry entry, String about, BigDecimal netInReporting, Currency reporting) {

    public EntryRow {
        Objects.requireNonNull(entry, "entry");
    }

    public String id() {
        return entry.id();
    }

    public Target target() {
        return entry.assetId() != null ? Target.asset(entry.assetId()) : Target.license(entry.licenseId());
    }

    public Money cost() {
        return new Money(entry.cost(), entry.currency());
    }

    public Money recovered() {
        return new Money(entry.recovered(), entry.currency());
    }

    public Money net() {
        return new Money(entry.netCost(), entry.currency());
    }

    public Money netReporting() {
        return netInReporting == null ? null : new Money(netInReporting, reporting);
    }
}
