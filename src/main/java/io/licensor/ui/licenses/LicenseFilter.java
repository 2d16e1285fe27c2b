package io.licensor.ui.licenses;

import io.licensor.model.License;
import io.licensor.ui.licenses.terms.Choices;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Which licenses the table shows. The search matches, case-insensitively, every word typed against the id, licensee,
 * country (code and name), territory, field of use, currency and the covered assets' ids and titles (all words must
 * match somewhere); the other criteria are exact, null meaning "any".
 */
public record LicenseFilter(String search, Show show, String licensee, String assetId) {

    /** The status choices of the filter. */
    public enum Show {
        ALL("All licenses"), IN_FORCE("Active"), ENDING("Ending within 90 days"), EXPIRED("Expired"),
        NOT_STARTED("Not started yet");

        private final String label;

        Show(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        boolean accepts(LicenseStatus status) {
            return switch (this) {
                case ALL -> true;
                case IN_FORCE -> status.inForce();
                case ENDING -> status.kind() == LicenseStatus.Kind.ENDING;
                case EXPIRED -> status.kind() == LicenseStatus.Kind.EXPIRED;
                case NOT_STARTED -> status.kind() == LicenseStatus.Kind.NOT_STARTED;
            };
        }
    }

    public static final LicenseFilter NONE = new LicenseFilter("", Show.ALL, null, null);

    /** True when the license passes on {@code today}; {@code assetTitles} by asset id feed the search. */
    public boolean test(License license, LocalDate today, Map<String, String> assetTitles) {
        if (show != null && !show.accepts(LicenseStatus.of(license, today))) {
            return false;
        }
        if (licensee != null && !license.licensee().equals(licensee)) {
            return false;
        }
        if (assetId != null && !license.assetIds().contains(assetId)) {
            return false;
        }
        if (search == null || search.isBlank()) {
            return true;
        }
        String haystack = searchableText(license, assetTitles);
        for (String word : search.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String searchableText(License l, Map<String, String> assetTitles) {
        Stream<String> parts = Stream.of(
                Stream.of(l.id(), l.licensee(), l.licenseeCountry(), Choices.countryName(l.licenseeCountry()),
                        l.territory(), l.fieldOfUse(), l.terms().currency().getCurrencyCode()),
                l.assetIds().stream(),
                l.assetIds().stream().map(assetTitles::get))
                .flatMap(s -> s);
        StringBuilder text = new StringBuilder();
        parts.filter(s -> s != null && !s.isBlank()).forEach(s -> text.append(s).append('\n'));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
