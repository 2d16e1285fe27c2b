package io.licensor.model;

import java.util.Currency;
import java.util.Objects;

/** The portfolio's name, home country (ISO 3166 alpha-2, may be null) and reporting currency. */
public record PortfolioSettings(String name, String homeCountry, Currency reportingCurrency) {
    public PortfolioSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
    }
}
