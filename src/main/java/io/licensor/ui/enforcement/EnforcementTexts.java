package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The words of the Enforcement section. */
final class EnforcementTexts {
    static final String NET_TIP = "Cost - recovered, all time: each entry converted into %s at the latest rate on or "
            + "before its date, then split equally over the license's assets when it is about a license "
            + "(the remainder of minor units going to the first assets).";
    static final String WINDOW_TIP = "The same over the last twelve months only (after %s up to %s): the "
            + "dashboards' net enforcement cost.";
    static final String INCOME_TIP = "Licensing income over the last twelve months: net receipts of every kind, "
            + "attributed to the asset the same way.";

    private EnforcementTexts() {}

    static String kind(EnforcementKind kind) {
        return switch (kind) {
            case MONITORING -> "Monitoring";
            case AUDIT -> "Audit";
            case LEGAL -> "Legal";
            case OTHER -> "Other";
        };
    }

    /** A ratio as a percentage with up to one decimal: {@code 3.4 %}; empty when none. */
    static String percent(BigDecimal ratio) {
        if (ratio == null) {
            return "";
        }
        BigDecimal p = ratio.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + " %";
    }
}
