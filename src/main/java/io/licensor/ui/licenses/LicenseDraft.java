package io.licensor.ui.licenses;

import io.licensor.model.License;
import io.licensor.model.RoyaltyTerms;
import io.licensor.ui.assets.AssetDraft.DateText;
import java.time.LocalDate;
import java.util.List;

/**
 * The license form's own fields as typed (the terms are the terms editor's). Plain values: two drafts are equal
 * exactly when the form shows the same thing, which is how "unsaved changes" is decided.
 */
public record LicenseDraft(
        String id,
        String licensee,
        String country,
        List<String> assetIds,
        DateText start,
        DateText end,
        boolean exclusive,
        String territory,
        String fieldOfUse,
        String renewalOf) {

    public LicenseDraft {
        assetIds = List.copyOf(assetIds);
    }

    /** The form showing a stored license. */
    public static LicenseDraft of(License l) {
        return new LicenseDraft(l.id(), l.licensee(), l.licenseeCountry(), l.assetIds(), DateText.of(l.start()),
                DateText.of(l.end()), l.exclusive(), text(l.territory()), text(l.fieldOfUse()), l.renewalOf());
    }

    /** An empty license under {@code id}, starting on {@code start}. */
    public static LicenseDraft empty(String id, LocalDate start) {
        return new LicenseDraft(id, "", null, List.of(), DateText.of(start), DateText.of(null), false, "", "", null);
    }

    /** The license with these fields and {@code terms} (whose start becomes the license's start). */
    public License toLicense(RoyaltyTerms terms) {
        return new License(id, licensee.strip(), country, assetIds, start.value(), end.value(), exclusive,
                blankToNull(territory), blankToNull(fieldOfUse), renewalOf, terms.withStartDate(start.value()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
