package io.licensor.ui.assetdashboard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Reads the numbers people type into the dashboards' fields: plain ({@code 1250.50}) or in their locale's form
 * ({@code 1,250.50}, {@code 1.250,50}), and percentages with or without the sign ({@code 12.5 %}, {@code 12,5}).
 */
public final class DecimalText {
    private DecimalText() {}

    /** The exact number, or null when the text is blank or not a number as a whole. */
    public static BigDecimal parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (trimmed.matches("[+-]?\\d+(\\.\\d+)?")) {
            return new BigDecimal(trimmed);
        }
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        Object parsed = format.parse(trimmed, position);
        if (parsed == null || position.getIndex() != trimmed.length() || position.getErrorIndex() >= 0) {
            return null;
        }
        return (BigDecimal) parsed;
    }

    public static BigDecimal parse(String text) {
        return parse(text, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A percentage typed as "12.5 %" or "12.5" as a fraction (0.125); null when it is not a number. */
    public static BigDecimal percent(String text, Locale locale) {
        if (text == null) {
            return null;
        }
        String number = text.trim();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1);
        }
        BigDecimal value = parse(number, locale);
        return value == null ? null : value.movePointLeft(2);
    }

    public static BigDecimal percent(String text) {
        return percent(text, Locale.getDefault(Locale.Category.FORMAT));
    }
}
