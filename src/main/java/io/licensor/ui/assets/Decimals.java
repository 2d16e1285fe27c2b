package io.licensor.ui.assets;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;

/** Reads numbers people type: plain ({@code 1250.50}) or in their locale's form ({@code 1,250.50}, {@code 1.250,50}). */
public final class Decimals {
    private Decimals() {}

    public static BigDecimal parse(String text) {
        return parse(text, Locale.getDefault(Locale.Category.FORMAT));
    }

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
}
