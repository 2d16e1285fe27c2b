package io.licensor.ui.receipts;

import io.licensor.model.Money;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.service.ReceiptCheck;
import io.licensor.service.ReconciledReceipt;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/** The words and figures the Receipts section shows: kinds, periods, checks and how each figure was reached. */
public final class ReceiptTexts {
    private ReceiptTexts() {}

    public static String kind(ReceiptKind kind) {
        return switch (kind) {
            case ROYALTY -> "Royalty";
            case MINIMUM_TOP_UP -> "Minimum top-up";
            case UPFRONT -> "Upfront fee";
            case ADVANCE -> "Advance";
            case OTHER -> "Other";
        };
    }

    /** The kind in a narrow column: "Min. top-up" for a minimum top-up. */
    public static String shortKind(ReceiptKind kind) {
        return kind == ReceiptKind.MINIMUM_TOP_UP ? "Min. top-up" : kind(kind);
    }

    /** "Reported sales" or "Reported units", after the license's basis. */
    public static String reportedLabel(RoyaltyBasis basis) {
        return basis == RoyaltyBasis.UNITS ? "Reported units" : "Reported sales";
    }

    /** Money with its code: {@code 1,750.00 USD}. */
    public static String money(BigDecimal amount, Currency currency) {
        return amount == null ? "" : Formats.money(new Money(amount, currency));
    }

    /** Money without its code, where the code is said nearby: {@code 1,750.00}. */
    public static String amount(BigDecimal amount, Currency currency) {
        String withCode = money(amount, currency);
        String suffix = " " + currency.getCurrencyCode();
        return withCode.endsWith(suffix) ? withCode.substring(0, withCode.length() - suffix.length()) : withCode;
    }

    /** Units as a plain number in the user's locale: {@code 14,840} or {@code 12.5}. */
    public static String units(BigDecimal units) {
        if (units == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        format.setMaximumFractionDigits(Math.max(0, units.stripTrailingZeros().scale()));
        return format.format(units);
    }

    /** A reported base as shown: money of the license's currency for net sales, a number for units. */
    public static String reported(BigDecimal base, RoyaltyBasis basis, Currency currency) {
        if (base == null) {
            return "";
        }
        return basis == RoyaltyBasis.UNITS ? units(base) + " units" : money(base, currency);
    }

    /**
     * A period as people say it: {@code Q2 2025}, {@code Apr 2025}, {@code 2025}, {@code Jan-Jun 2025}; a single day as
     * its date; anything else as {@code 2025-04-03 - 2025-06-30}; without a start, {@code until 2025-06-30}.
     */
    public static String period(LocalDate start, LocalDate end) {
        if (start == null) {
            return "until " + end;
        }
        if (start.equals(end)) {
            return end.toString();
        }
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.equals(end.withDayOfMonth(end.lengthOfMonth()))
                && !start.isAfter(end);
        if (!wholeMonths) {
            return start + " \u2013 " + end;
        }
        int months = (end.getYear() - start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
        if (start.getYear() == end.getYear()) {
            if (months == 12) {
                return String.valueOf(end.getYear());
            }
            if (months == 3 && (start.getMonthValue() - 1) % 3 == 0) {
                return "Q" + ((start.getMonthValue() - 1) / 3 + 1) + " " + end.getYear();
            }
            if (months == 1) {
                return month(start.getMonth()) + " " + end.getYear();
            }
            return month(start.getMonth()) + "\u2013" + month(end.getMonth()) + " " + end.getYear();
        }
        return month(start.getMonth()) + " " + start.getYear() + "\u2013" + month(end.getMonth()) + " "
                + end.getYear();
    }

    private static String month(Month m) {
        return m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** The words of the shortfall column: {@code Short 1,750.00}, {@code Paid in full}, {@code Top-up for R73} ... */
    public static String check(ReconciledReceipt r, Currency currency) {
        return switch (r.check()) {
            case SHORT -> "Short " + amount(r.shortfall(), currency);
            case PAID -> "Paid in full";
            case OVERPAID -> "Overpaid " + amount(r.shortfall().negate(), currency);
            case NO_REPORT -> "Not checked";
            case TOP_UP -> "Top-up for " + r.creditedTo();
            case TOP_UP_UNMATCHED -> "Top-up, no period";
            case NOT_ROYALTY -> "";
            case NOT_DUE_YET -> "Period not over";
            case TERMS_INVALID -> "Terms invalid";
        };
    }

    /** How the reconciliation reached its word about the receipt, in a few sentences. */
    public static String explain(ReconciledReceipt r, RoyaltyBasis basis, Currency currency) {
        Function<BigDecimal, String> m = v -> money(v, currency);
        return switch (r.check()) {
            case SHORT, PAID, OVERPAID -> explainPeriod(r, basis, currency);
            case NO_REPORT -> "The statement reported no " + (basis == RoyaltyBasis.UNITS ? "units" : "sales")
                    + " for this period, so the payment cannot be checked against the terms. It still counts as "
                    + "received (" + m.apply(r.received()) + ").";
            case TOP_UP -> "A minimum annual royalty top-up of " + m.apply(r.received()) + ". It is credited to "
                    + r.creditedTo() + ", the latest reported period ending on or before " + r.receipt().periodEnd()
                    + ", which carries the terms' top-up.";
            case TOP_UP_UNMATCHED -> "A minimum top-up with no reported period ending on or before "
                    + r.receipt().periodEnd() + " to credit it to. It counts as received ("
                    + m.apply(r.received()) + ").";
            case NOT_ROYALTY -> kind(r.receipt().kind()) + ": paid under the terms, not checked against reported "
                    + "sales.";
            case NOT_DUE_YET -> "This period ends after today (" + r.receipt().periodEnd()
                    + "), so it is not counted yet.";
            case TERMS_INVALID -> "The license's terms break a rule, so nothing can be computed. Fix the terms in"
                    + " the Licenses section.";
        };
    }

    private static String explainPeriod(ReconciledReceipt r, RoyaltyBasis basis, Currency currency) {
        ReconciledReceipt.Figures line = r.line();
        StringBuilder s = new StringBuilder("Expected ").append(money(r.expected(), currency))
                .append(": what the terms give for the reported ")
                .append(basis == RoyaltyBasis.UNITS ? units(r.reported()) + " units" : "sales of "
                        + money(r.reported(), currency))
                .append(", the tiers counted on top of the license's earlier reports");
        boolean parts = line.minimumTopUp().signum() != 0 || line.advanceRecouped().signum() != 0;
        if (parts) {
            s.append(" (royalty ").append(amount(line.earned(), currency));
            if (line.minimumTopUp().signum() != 0) {
                s.append(" + minimum top-up ").append(amount(line.minimumTopUp(), currency));
            }
            if (line.advanceRecouped().signum() != 0) {
                s.append(" - ").append(amount(line.advanceRecouped(), currency)).append(" recouped from the advance");
            }
            s.append(')');
        }
        s.append(".\nPaid ").append(money(r.received(), currency));
        if (!r.topUps().isEmpty()) {
            s.append(" + top-up ").append(String.join(", ", r.topUps())).append(' ')
                    .append(money(r.topUpsPaid(), currency));
        }
        s.append(": ").append(switch (r.check()) {
            case SHORT -> "short by " + money(r.shortfall(), currency) + ", less than the licensee's own statement "
                    + "implies.";
            case OVERPAID -> money(r.shortfall().negate(), currency) + " more than due.";
            default -> r.shortfall().signum() == 0 ? "paid in full."
                    : "within one " + currency.getCurrencyCode() + " of what was due ("
                            + amount(r.shortfall().negate(), currency) + "), counted as paid in full.";
        });
        return s.toString();
    }

    /** A read-only converter for choice boxes. */
    public static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("choice boxes are not editable");
            }
        };
    }

    /** True when the check is worth the user's attention (danger or warning colours). */
    static boolean needsAttention(ReceiptCheck check) {
        return check == ReceiptCheck.SHORT || check == ReceiptCheck.TOP_UP_UNMATCHED
                || check == ReceiptCheck.TERMS_INVALID;
    }
}
