package io.licensor.ui.licenses.terms;

import io.licensor.ui.assets.Decimals;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * How the terms editor writes numbers into its fields and reads them back, in one locale: decimals with the locale's
 * decimal mark and no grouping (so "5000,50" in German and "5000.50" in English both read back exactly), and rates of
 * net sales as percentages ("12.5 %", "12,5 %"). Reading accepts the locale's form, the plain form and a trailing %.
 */
public final class NumberText {
    private final Locale locale;
    private final char decimalMark;

    public NumberText(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.decimalMark = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    public Locale locale() {
        return locale;
    }

    /** {@code 5000.5} as "5000.5" (English) or "5000,5" (German); scale kept, no grouping; empty for null. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        return value.toPlainString().replace('.', decimalMark);
    }

    /** A fraction as a percentage to type: 0.125 as "12.5 %" (English) or "12,5 %" (German), exactly. */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
        if (percent.scale() < 0) {
            percent = percent.setScale(0);
        }
        return decimal(percent) + " %";
    }

    /** The typed number, exactly; null when blank or not a number as a whole. */
    public BigDecimal parseDecimal(String text) {
        return Decimals.parse(text, locale);
    }

    /**
     * A typed percentage as a fraction: "12.5 %", "12,5%" (German) and "12.5" are all 0.125. Null when blank or not a
     * number.
     */
    public BigDecimal parsePercent(String text) {
        if (text == null) {
            return null;
        }
        String number = text.strip();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1).strip();
        }
        BigDecimal percent = parseDecimal(number);
        return percent == null ? null : percent.movePointLeft(2);
    }

    /** True when the text carries a % sign (a percentage typed where money per unit was expected). */
    public static boolean hasPercentSign(String text) {
        return text != null && text.contains("%");
    }
}
