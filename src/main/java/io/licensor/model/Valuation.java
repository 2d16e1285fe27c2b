package io.licensor.model;

import java.time.LocalDate;
import java.util.Objects;

/** What an asset was judged to be worth on a date, and how. */
public record Valuation(LocalDate asOf, Money amount, ValuationMethod method) {
    public Valuation {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(method, "method");
    }
}
