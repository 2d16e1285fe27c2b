package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.ui.receipts.TypedDate;

/**
 * What the enforcement form holds, as typed. Plain values, so equal drafts mean an unchanged form. {@code about}
 * says whether the entry is about an asset or a license; {@code assetId} and {@code licenseId} keep both choices so
 * switching back and forth loses nothing.
 */
public record EntryDraft(
        String id,
        Target.Kind about,
        String assetId,
        String licenseId,
        EnforcementKind kind,
        TypedDate date,
        String cost,
        String recovered,
        String currency,
        String note) {

    /** The form showing a stored entry. */
    public static EntryDraft of(EnforcementEntry e) {
        return new EntryDraft(e.id(), e.assetId() != null ? Target.Kind.ASSET : Target.Kind.LICENSE, e.assetId(),
                e.licenseId(), e.kind(), TypedDate.of(e.date()), e.cost().toPlainString(),
                e.recovered().toPlainString(), e.currency().getCurrencyCode(), e.note() == null ? "" : e.note());
    }
}
