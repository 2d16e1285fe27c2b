package io.licensor.ui.assets;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Names for the codes people type: jurisdictions (countries and regional offices) and currencies. */
final class Jurisdictions {
    /** Regional offices and unions a registration can be filed with, beside the ISO 3166 countries. */
    static final Map<String, String> REGIONAL = Map.of(
            "EU", "European Union", "EP", "European Patent Office", "EM", "EU Intellectual Property Office",
            "WO", "WIPO (international)", "OA", "OAPI (Central and West Africa)", "AP", "ARIPO (Africa)",
            "EA", "Eurasian Patent Office", "GC", "GCC Patent Office");

    private Jurisdictions() {}

    /** "US, EU" -> "United States, European Union"; unknown codes are left out. */
    static String names(String codes, Locale locale) {
        return AssetValidation.codes(codes).stream()
                .map(code -> REGIONAL.containsKey(code) ? REGIONAL.get(code) : countryName(code, locale))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.joining(", "));
    }

    private static String countryName(String code, Locale locale) {
        if (!code.matches("[A-Z]{2}")) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.equals(code) ? "" : name;
    }

    /** Currency codes whose code or name contains {@code typed} (case-insensitive), codes first, at most 12. */
    static List<String> currencies(String typed, Locale locale) {
        String needle = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return List.of();
        }
        return Currency.getAvailableCurrencies().stream()
                .filter(c -> c.getCurrencyCode().toLowerCase(Locale.ROOT).startsWith(needle)
                        || c.getDisplayName(locale).toLowerCase(locale).contains(needle))
                .sorted(Comparator.comparing((Currency c) -> !c.getCurrencyCode().toLowerCase(Locale.ROOT)
                        .startsWith(needle)).thenComparing(Currency::getCurrencyCode))
                .limit(12)
                .map(c -> c.getCurrencyCode())
                .filter(code -> !code.equalsIgnoreCase(needle))
                .toList();
    }
}
