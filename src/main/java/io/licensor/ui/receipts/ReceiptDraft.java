package io.licensor.ui.receipts;

import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;

/**
 * What the receipt form holds, as typed. Plain values: two drafts are equal exactly when the form shows the same
 * thing, which is how "unsaved changes" is decided. {@code original} is the stored receipt the form was loaded from
 * (null for a new one): the reported figure the license's basis does not show (units of a sales license) is kept
 * from it.
 */
public record ReceiptDraft(
        String id,
        String licenseId,
        ReceiptKind kind,
        TypedDate periodStart,
        TypedDate periodEnd,
        String reported,
        String gross,
        String withholding,
        TypedDate receivedOn,
        Receipt original) {

    /** The form showing a stored receipt of a license with this basis. */
    public static ReceiptDraft of(Receipt r, RoyaltyBasis basis) {
        BigDecimal reported = basis == RoyaltyBasis.UNITS ? r.reportedUnits() : r.reportedSales();
        return new ReceiptDraft(r.id(), r.licenseId(), r.kind(), TypedDate.of(r.periodStart()),
                TypedDate.of(r.periodEnd()), plain(reported), plain(r.gross()), plain(r.withholding()),
                TypedDate.of(r.receivedOn()), r);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
