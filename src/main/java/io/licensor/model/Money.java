package io.licensor.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency. Never binary floating point.
 * Compare amounts with {@link #compareTo}, not {@code equals}: 2.0 and 2.00 are the same money
 * but different {@link BigDecimal}s.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** The currency's minor units (USD 2, JPY 0, BHD 3); currencies without a defined number use 2. */
    public static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }

    public int minorUnits() {
        return minorUnits(currency);
    }

    /** Rounded half-even to the currency's minor units. */
    public Money rounded() {
        return new Money(amount.setScale(minorUnits(), RoundingMode.HALF_EVEN), currency);
    }

    /** True when the amount has no more decimals than the currency allows. */
    public boolean fitsMinorUnits() {
        return amount.stripTrailingZeros().scale() <= minorUnits();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Same currency and numerically equal, whatever the scale. */
    public boolean isSameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    /** Plain decimal string with the currency's minor units, e.g. {@code 1234.50}. */
    public String toPlainString() {
        return rounded().amount.toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString() + " " + currency.getCurrencyCode();
    }
}
