package io.licensor.exchange.report;

import io.licensor.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * How figures look in the reports: amounts with a comma between thousands and a dot before the currency's minor
 * units ({@code 1,750.00}), whatever the computer's locale, so a statement reads the same for both parties; dates
 * ISO; rates as percentages without trailing zeros ({@code 12 %}, {@code 7.5 %}).
 */
public final class ReportFormats {
    private ReportFormats() {}

    /** {@code 1,750.00} for USD, {@code 1,750} for JPY; empty for null. */
    public static String amount(BigDecimal value, Currency currency) {
        if (value == null) {
            return "";
        }
        int digits = Money.minorUnits(currency);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, value.stripTrailingZeros().scale()));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** {@code 1,750.00 USD}; empty for null. */
    public static String money(BigDecimal value, Currency currency) {
        return value == null ? "" : amount(value, currency) + " " + currency.getCurrencyCode();
    }

    /** {@code 5,000.00 USD}; empty for null. */
    public static String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    /** A plain quantity such as units or sales without a currency: {@code 125,000} or {@code 12.5}. */
    public static String quantity(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        format.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return format.format(plain);
    }

    /** A fraction as a percentage: 0.05 -> {@code 5 %}, 0.075 -> {@code 7.5 %}; empty for null. */
    public static String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        BigDecimal p = fraction.movePointRight(2).stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + " %";
    }

    /** A ratio shown as a rounded percentage with two decimals at most: 0.123456 -> {@code 12.35 %}. */
    public static String ratio(BigDecimal fraction) {
        return fraction == null ? "" : percent(fraction.setScale(4, RoundingMode.HALF_EVEN));
    }

    public static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** {@code 2025-04-01 \u2013 2025-06-30}, or just the end when there is no start. */
    public static String period(LocalDate start, LocalDate end) {
        return start == null ? "to " + date(end) : date(start) + " \u2013 " + date(end);
    }
}
