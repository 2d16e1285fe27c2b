package io.licensor.ui.assets;

import io.licensor.ui.assets.AssetDraft.OwnerDraft;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Owners and their shares: each owner named once, each share above 0 and at most 100 %, and together exactly 100 %
 * (within metrics.md's 0.0001). No owners at all is allowed but warned: the UNCLEAR_OWNERSHIP flag will say so.
 */
final class OwnerRules {
    /** A share is stored as a fraction with 10 decimals (Limits.FRACTION): 8 decimals of a percentage. */
    private static final int MAX_PERCENT_DECIMALS = 8;

    private OwnerRules() {}

    static void check(List<OwnerDraft> owners, List<FormIssue> issues) {
        if (owners.isEmpty()) {
            issues.add(FormIssue.warning("owners", "No owners yet: add who owns the asset (you, with 100 %), "
                    + "or it is flagged as unclear ownership."));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean allShares = true;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < owners.size(); i++) {
            OwnerDraft owner = owners.get(i);
            String at = "owners[" + i + "].";
            boolean named = owner.name() != null && !owner.name().isBlank();
            if (!named) {
                issues.add(FormIssue.error(at + "name", "Owner " + (i + 1) + " needs a name."));
            } else if (!seen.add(owner.name().trim().toLowerCase(Locale.ROOT))) {
                issues.add(FormIssue.error(at + "name", owner.name().trim() + " is listed twice; put the shares "
                        + "together in one line."));
            }
            BigDecimal percent = AssetValidation.percent(owner.sharePercent());
            if (percent != null && percent.stripTrailingZeros().scale() > MAX_PERCENT_DECIMALS) {
                issues.add(FormIssue.error(at + "share", "Share of " + (named ? owner.name().trim() : "owner "
                        + (i + 1)) + ": use at most " + MAX_PERCENT_DECIMALS + " decimals."));
                allShares = false;
            } else if (percent == null || percent.signum() <= 0
                    || percent.compareTo(AssetValidation.hundred()) > 0) {
                String who = named ? owner.name().trim() : "owner " + (i + 1);
                issues.add(FormIssue.error(at + "share", "Share of " + who + ": type a percentage above 0 and at "
                        + "most 100, e.g. 50."));
                allShares = false;
            } else {
                total = total.add(percent);
            }
        }
        BigDecimal fraction = total.movePointLeft(2);
        if (allShares && fraction.subtract(BigDecimal.ONE).abs().compareTo(AssetValidation.SHARE_TOLERANCE) > 0) {
            issues.add(FormIssue.error("owners", "The owners' shares add up to " + Formats.percent(fraction)
                    + "; they must add up to 100 %."));
        }
    }
}
