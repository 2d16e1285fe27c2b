package io.licensor.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the portfolio database can hold exactly (docs/decisions/0010-column-scales.md): text lengths and the
 * precision and scale of each kind of decimal. Every input path (portfolio file, forms) checks against these, so a
 * value is refused with a message instead of being cut or rounded by the database.
 */
public final class Limits {
    public static final int ID = 64;
    public static final int NAME = 200;
    public static final int TITLE = 500;
    public static final int SHORT_TEXT = 500;
    public static final int NOTE = 4000;
    public static final int LONG_TEXT = 10_000;
    public static final int CODE = 20;
    public static final int TAG = 100;

    /** Money: every ISO 4217 currency has at most 4 minor units (CLF). */
    public static final DecimalLimit MONEY = new DecimalLimit(19, 4);
    /** Reported sales, reported units and tier thresholds. */
    public static final DecimalLimit QUANTITY = new DecimalLimit(24, 6);
    /** A tier's rate: a fraction of sales or money per unit. */
    public static final DecimalLimit TIER_RATE = new DecimalLimit(20, 10);
    /** Owner shares and withholding rates. */
    public static final DecimalLimit FRACTION = new DecimalLimit(11, 10);
    /** Units of the reporting currency per unit of another currency. */
    public static final DecimalLimit FX_RATE = new DecimalLimit(24, 10);

    private Limits() {}

    /** A SQL-style DECIMAL(precision, scale). */
    public record DecimalLimit(int precision, int scale) {
        /** Digits allowed before the decimal point. */
        public int integerDigits() {
            return precision - scale;
        }

        /** Why the value does not fit, or null when it does. Trailing zeros do not count as decimals. */
        public String problemWith(BigDecimal value) {
            BigDecimal v = value.stripTrailingZeros();
            int decimals = Math.max(0, v.scale());
            if (decimals > scale) {
                return "has " + decimals + " decimals; at most " + scale + " are kept, got " + value.toPlainString();
            }
            int integerDigits = v.precision() - v.scale();
            if (integerDigits > integerDigits()) {
                return "is too large: at most " + integerDigits() + " digits before the decimal point, got "
                        + value.toPlainString();
            }
            return null;
        }
    }

    /** Adds a problem when the value does not fit the limit. */
    static void checkDecimal(List<Problem> out, String where, BigDecimal value, DecimalLimit limit) {
        if (value == null) {
            return;
        }
        String problem = limit.problemWith(value);
        if (problem != null) {
            out.add(new Problem(where, problem));
        }
    }

    /** Adds a problem when a required text is blank or any text is longer than allowed. */
    static void checkText(List<Problem> out, String where, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                out.add(new Problem(where, "must not be empty"));
            }
            return;
        }
        if (value.length() > maxLength) {
            out.add(new Problem(where, "is too long: at most " + maxLength + " characters, got " + value.length()));
        }
    }

    /** Adds a problem when an id is blank, too long or has spaces around it. */
    static void checkId(List<Problem> out, String where, String id) {
        checkText(out, where, id, ID, true);
        if (id != null && !id.isBlank() && !id.equals(id.strip())) {
            out.add(new Problem(where, "must not start or end with spaces, got \"" + id + "\""));
        }
    }
}
