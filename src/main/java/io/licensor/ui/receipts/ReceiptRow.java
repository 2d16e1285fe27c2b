package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Receipt;
import io.licensor.model.RoyaltyBasis;
import io.licensor.service.ReceiptCheck;
import io.licensor.service.ReconciledReceipt;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/** One line of the receipts table: a receipt, its license, and what the reconciliation says about it. */
public record ReceiptRow(ReconciledReceipt reconciled, License license) {

    public ReceiptRow {
        Objects.requireNonNull(reconciled, "reconciled");
        Objects.requireNonNull(license, "license");
    }

    public Receipt receipt() {
        return reconciled.receipt();
    }

    public String id() {
        return reconciled.id();
    }

    public String licenseId() {
        return license.id();
    }

    public Currency currency() {
        return license.terms().currency();
    }

    public RoyaltyBasis basis() {
        return license.terms().basis();
    }

    public ReceiptCheck check() {
        return reconciled.check();
    }

    public boolean isShort() {
        return reconciled.check() == ReceiptCheck.SHORT;
    }

    public Money expected() {
        return money(reconciled.expected());
    }

    public Money received() {
        return money(reconciled.received());
    }

    public Money withholding() {
        return money(reconciled.withholding());
    }

    public Money net() {
        return money(reconciled.net());
    }

    /** The shortfall, for sorting: null when the receipt is not a checked period. */
    public BigDecimal shortfall() {
        return reconciled.shortfall();
    }

    private Money money(BigDecimal amount) {
        return amount == null ? null : new Money(amount, currency());
    }
}
