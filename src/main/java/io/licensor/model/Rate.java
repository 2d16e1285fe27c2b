package io.licensor.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A fraction such as a royalty or withholding rate: 0.05 means 5 %. Exact decimal. */
public record Rate(BigDecimal value) implements Comparable<Rate> {

    public static final Rate ZERO = new Rate(BigDecimal.ZERO);
    public static final Rate ONE = new Rate(BigDecimal.ONE);

    public Rate {
        Objects.requireNonNull(value, "value");
    }

    public static Rate of(String value) {
        return new Rate(new BigDecimal(value));
    }

    /** From a percentage: {@code percent("12.5")} is 0.125. */
    public static Rate percent(String percent) {
        return new Rate(new BigDecimal(percent).movePointLeft(2));
    }

    public BigDecimal asPercent() {
        return value.movePointRight(2);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    @Override
    public int compareTo(Rate o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
