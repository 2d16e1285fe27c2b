package io.licensor.ui.charts;

import java.text.NumberFormat;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Tick labels a person reads at a glance: amounts with the locale's thousands separators and no needless decimals
 * ("120,000"; the currency goes in the axis label), and shares as percentages ("12.5 %").
 */
public final class AxisFormats {
    private AxisFormats() {}

    /** Amounts: grouped, at most two decimals, none when whole. */
    public static StringConverter<Number> amount(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return readOnly(format);
    }

    public static StringConverter<Number> amount() {
        return amount(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** Fractions as percentages: 0.125 -> "12.5 %". */
    public static StringConverter<Number> percent(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(2);
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.format(value.doubleValue() * 100) + " %";
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        };
    }

    public static StringConverter<Number> percent() {
        return percent(Locale.getDefault(Locale.Category.FORMAT));
    }

    private static StringConverter<Number> readOnly(NumberFormat format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value == null ? "" : format.format(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are only shown");
            }
        };
    }
}
