package io.licensor.exchange.statement;

import java.util.List;

/**
 * How a statement writes its dates. Each style is lenient about what real files vary: one or two digit days and
 * months, two or four digit years ({@code 1/21/10} and {@code 01/21/2010} in the same Apple file), abbreviated or
 * full month names, and a time of day after the date ({@code 2019-10-02 09:15:22}, {@code 10/1/25 1:02am}), which
 * is ignored. ISO also takes a bare year and month ({@code 2018-07}).
 */
public enum DateStyle {
    ISO("YYYY-MM-DD", "ISO", "YYYY-MM-DD HH:MM:SS", "YYYY-MM"),
    YMD_SLASH("YYYY/MM/DD", "YYYY/M/D"),
    MDY("MM/DD/YYYY", "M/D/YY", "MM/DD/YY", "M/D/YYYY"),
    DMY("DD/MM/YYYY", "D/M/YY", "DD/MM/YY", "D/M/YYYY", "DD-MM-YYYY"),
    DMY_DOT("DD.MM.YYYY", "D.M.YYYY", "DD.MM.YY", "D.M.YY"),
    MONTH_DAY_YEAR("Month D, YYYY", "Mon D, YYYY", "MMM D, YYYY", "MMMM D, YYYY"),
    DAY_MONTH_YEAR("D Month YYYY", "D Mon YYYY", "D Month, YYYY", "DD-Mon-YYYY");

    private final String label;
    private final List<String> aliases;

    DateStyle(String label, String... aliases) {
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /** The way users write it ("MM/DD/YYYY"); used in the mapping file and in messages. */
    public String label() {
        return label;
    }

    /** True for the numeric styles where day and month can be swapped (03/04/2024). */
    public boolean isDayMonthAmbiguous() {
        return this == MDY || this == DMY || this == DMY_DOT;
    }

    /** Reads a label ("DD.MM.YYYY"), an alias ("M/D/YY", "Mon D, YYYY") or the constant's name; null if unknown. */
    public static DateStyle parse(String text) {
        if (text == null) {
            return null;
        }
        String wanted = text.strip();
        for (DateStyle style : values()) {
            if (style.label.equalsIgnoreCase(wanted) || style.name().equalsIgnoreCase(wanted)) {
                return style;
            }
            for (String alias : style.aliases) {
                if (alias.equalsIgnoreCase(wanted)) {
                    return style;
                }
            }
        }
        return null;
    }

    /** All labels, for messages that list what is accepted. */
    public static String knownLabels() {
        StringBuilder out = new StringBuilder();
        for (DateStyle style : values()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('\'').append(style.label).append('\'');
        }
        return out.toString();
    }
}
