package io.licensor.ui.common;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How numbers and dates look on screen (UI.md "Numbers"): money in the user's locale with thousands separators, the
 * currency's minor units and its ISO code after the figure, so a column of mixed currencies still lines up on the
 * right; shares as percentages with up to two decimals; dates as ISO (unambiguous in every locale, the same as in
 * the portfolio file).
 */
public final class Formats {
    private Formats() {}

    /** {@code 120,000.00 USD} in an English locale, {@code 120.000,00 USD} in a German one. */
    public static String money(Money money, Locale locale) {
        if (money == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int digits = Money.minorUnits(money.currency());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, money.amount().stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        if (format instanceof DecimalFormat decimal) {
            decimal.setParseBigDecimal(true);
        }
        return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
    }

    public static String money(Money money) {
        return money(money, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A share (a fraction, 1 = all) as a percentage: 0.5 -> {@code 50 %}, 1/3 -> {@code 33.33 %}. */
    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        return percentNumber(fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN)) + " %";
    }

    /** The number a person types for a share, without rounding: 0.125 -> {@code 12.5}. */
    public static String percentInput(BigDecimal fraction) {
        return fraction == null ? "" : percentNumber(fraction.movePointRight(2));
    }

    private static String percentNumber(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    /** ISO date ({@code 2025-01-31}) or empty. */
    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /**
     * Reads a typed date: ISO first ({@code 2025-01-31}), then the locale's short and medium forms. Null when the
     * text is blank; throws DateTimeParseException when it is not a date.
     */
    public static LocalDate parseDate(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        try {
            return LocalDate.parse(trimmed);
        } catch (DateTimeParseException isoFailed) {
            for (FormatStyle style : new FormatStyle[] {FormatStyle.SHORT, FormatStyle.MEDIUM}) {
                try {
                    return LocalDate.parse(trimmed, DateTimeFormatter.ofLocalizedDate(style).withLocale(locale));
                } catch (DateTimeParseException ignored) {
                    // try the next form; the ISO failure is the one reported
                }
            }
            throw isoFailed;
        }
    }
}
