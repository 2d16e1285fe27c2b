package io.licensor.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a royalty schedule: from {@code from} (in base units: money of net sales, or units) the rate is
 * {@code rate} (a fraction for NET_SALES, money per unit for UNITS).
 */
public record Tier(BigDecimal from, BigDecimal rate) {
    public Tier {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
    }

    public static Tier of(String from, String rate) {
        return new Tier(new BigDecimal(from), new BigDecimal(rate));
    }
}
