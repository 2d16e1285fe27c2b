package io.licensor.service;

import io.licensor.model.PortfolioSettings;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;

/**
 * The settings of a new portfolio (docs/decisions/0012-new-portfolio-settings.md): named after its folder, home
 * country and reporting currency from the user's locale when it names a country, else no country and US dollars.
 */
final class DefaultSettings {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private DefaultSettings() {}

    static PortfolioSettings forFolder(Path folder) {
        Path name = folder.getFileName();
        String title = name == null ? "Portfolio" : name.toString();
        return new PortfolioSettings(title.length() > 200 ? title.substring(0, 200) : title, homeCountry(),
                reportingCurrency());
    }

    private static String homeCountry() {
        String country = Locale.getDefault().getCountry();
        return COUNTRIES.contains(country) ? country : null;
    }

    private static Currency reportingCurrency() {
        try {
            Currency c = Currency.getInstance(Locale.getDefault());
            return c != null ? c : Currency.getInstance("USD");
        } catch (IllegalArgumentException e) {
            // a locale without a country (plain "en") has no currency
            return Currency.getInstance("USD");
        }
    }
}
