package io.licensor.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A person or company owning a share (a fraction, 1 = all) of an asset. */
public record Owner(String name, BigDecimal share) {
    public Owner {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(share, "share");
    }
}
