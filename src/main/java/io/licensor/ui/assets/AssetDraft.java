package io.licensor.ui.assets;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.Owner;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import io.licensor.ui.common.Formats;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the asset form holds, as typed (text where the user types, unparsed date text kept apart). Plain values:
 * two drafts are equal exactly when the form shows the same thing, which is how "unsaved changes" is decided.
 */
public record AssetDraft(
        String id,
        String title,
        AssetType type,
        String description,
        String jurisdictions,
        String registrationNumber,
        DateText createdOn,
        DateText expiresOn,
        List<OwnerDraft> owners,
        List<ValuationDraft> valuations,
        List<ComponentDraft> components,
        boolean aiGenerated,
        String provenance,
        String tags) {

    /** A date as picked (value) or as typed when it could not be read (unparsed, else null). */
    public record DateText(LocalDate value, String unparsed) {
        public static DateText of(LocalDate value) {
            return new DateText(value, null);
        }
    }

    public record OwnerDraft(String name, String sharePercent) {}

    public record ValuationDraft(DateText asOf, String amount, String currency, ValuationMethod method) {}

    public record ComponentDraft(String name, String license) {}

    public AssetDraft {
        owners = List.copyOf(owners);
        valuations = List.copyOf(valuations);
        components = List.copyOf(components);
    }

    /** The form showing a stored asset. */
    public static AssetDraft of(Asset asset) {
        return new AssetDraft(asset.id(), asset.title(), asset.type(), text(asset.description()),
                String.join(", ", asset.jurisdictions()), text(asset.registrationNumber()),
                DateText.of(asset.createdOn()), DateText.of(asset.expiresOn()),
                asset.owners().stream().map(AssetDraft::owner).toList(),
                asset.valuations().stream().map(AssetDraft::valuation).toList(),
                asset.components().stream().map(c -> new ComponentDraft(c.name(), text(c.license()))).toList(),
                asset.aiGenerated(), text(asset.provenance()), String.join(", ", asset.tags()));
    }

    private static OwnerDraft owner(Owner owner) {
        return new OwnerDraft(owner.name(), Formats.percentInput(owner.share()));
    }

    private static ValuationDraft valuation(Valuation v) {
        return new ValuationDraft(DateText.of(v.asOf()), v.amount().amount().toPlainString(),
                v.amount().currency().getCurrencyCode(), v.method());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** An asset from this draft; call only when {@link AssetValidation#check} found no error. */
    public Asset toAsset() {
        return new Asset(id, title.trim(), type, blankToNull(description), AssetValidation.codes(jurisdictions),
                blankToNull(registrationNumber), createdOn.value(), expiresOn.value(),
                owners.stream().map(o -> new Owner(o.name().trim(),
                        AssetValidation.percent(o.sharePercent()).movePointLeft(2))).toList(),
                valuations.stream().map(AssetValidation::toValuation).toList(),
                components.stream().map(c -> new Component(c.name().trim(), blankToNull(c.license()))).toList(),
                aiGenerated, blankToNull(provenance), AssetValidation.tags(tags));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
