package io.licensor.ui.licenses;

import io.licensor.analytics.metrics.RiskCode;

/** Short words for risk flags, for a table cell; the flag itself carries the full sentences. */
final class FlagWords {
    private FlagWords() {}

    static String label(RiskCode code) {
        return switch (code) {
            case AI_PROVENANCE_MISSING -> "AI provenance";
            case COPYLEFT_COMPONENT -> "Copyleft";
            case CROSS_BORDER_WITHHOLDING -> "Withholding";
            case ENFORCEMENT_EXCEEDS_INCOME -> "Enforcement cost";
            case EXPIRING_WITHOUT_RENEWAL -> "Expiring";
            case STATEMENT_OVERDUE -> "Overdue";
            case UNCLEAR_OWNERSHIP -> "Ownership";
            case UNDERPAYMENT -> "Underpaid";
        };
    }
}
