package io.licensor.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;

/** Units of the reporting currency per 1 unit of {@code currency}, effective from {@code date}. */
public record FxRate(Currency currency, LocalDate date, BigDecimal rate) {
    public FxRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rate, "rate");
    }
}
