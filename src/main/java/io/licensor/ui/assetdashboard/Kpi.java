package io.licensor.ui.assetdashboard;

import java.util.Objects;

/**
 * One key figure on a dashboard tile: what it is, its value as shown, a line of context, how it is computed (the
 * tooltip, in docs/analytics.md's words) and whether it calls for attention.
 *
 * @param title      "Licensing income, 12 months"
 * @param value      the figure as shown ("68,123.45 USD", "12.5 %", "-" when there is none)
 * @param detail     a short line under it ("since 2025-11-28")
 * @param definition how it is computed, for the tooltip
 * @param exact      the unrounded figure for the tooltip ("0.4044950603203561"); empty when the value is exact
 * @param tone       NORMAL, or WARNING / DANGER to draw the eye (always with words, never colour alone)
 */
public record Kpi(String title, String value, String detail, String definition, String exact, Tone tone) {

    /** How much attention a figure asks for. */
    public enum Tone { NORMAL, GOOD, WARNING, DANGER }

    /** The dash shown where a figure does not exist (no income, no valuation ...). */
    public static final String NONE = "\u2013";

    public Kpi {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(definition, "definition");
        exact = exact == null ? "" : exact;
        Objects.requireNonNull(tone, "tone");
    }
}
