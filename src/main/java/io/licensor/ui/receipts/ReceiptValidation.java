package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RecordChecks;
import io.licensor.model.RoyaltyBasis;
import io.licensor.ui.assets.Decimals;
import io.licensor.ui.assets.FormIssue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the receipt form says about what was typed, field by field, in plain words: errors block Save, warnings do not.
 * Beyond reading dates and numbers, the stored-record rules are {@link RecordChecks#receipt}'s, so the form refuses
 * exactly what the portfolio would.
 */
final class ReceiptValidation {
    private final List<FormIssue> issues = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    private ReceiptValidation() {}

    /** Every issue of the draft; {@code license} is the chosen license (null when none), {@code today} the as-of date. */
    static List<FormIssue> check(ReceiptDraft d, License license, LocalDate today) {
        ReceiptValidation v = new ReceiptValidation();
        v.run(d, license, today);
        return List.copyOf(v.issues);
    }

    private void run(ReceiptDraft d, License license, LocalDate today) {
        if (license == null) {
            error("license", "Choose the license this payment is for.");
        }
        if (d.kind() == null) {
            error("kind", "Choose what the payment is for.");
        }
        dates(d, today);
        Currency currency = license == null ? null : license.terms().currency();
        RoyaltyBasis basis = license == null ? RoyaltyBasis.NET_SALES : license.terms().basis();
        reported(d, basis);
        BigDecimal gross = amount("gross", d.gross(), currency, true, "Give the amount paid, before withholding.");
        BigDecimal held = amount("withholding", d.withholding(), currency, false, null);
        if (gross != null && gross.signum() < 0) {
            warning("gross", "A negative payment is a refund or a correction; it lowers what counts as received.");
        }
        if (held != null && held.signum() < 0) {
            warning("withholding", "Withholding is normally 0 or more.");
        }
        if (gross != null && held != null && gross.signum() >= 0 && held.compareTo(gross) > 0) {
            warning("withholding", "More is withheld than was paid.");
        }
        if (failed.isEmpty() && license != null) {
            storable(toReceipt(d, license), currency);
        }
    }

    private void dates(ReceiptDraft d, LocalDate today) {
        date("periodStart", d.periodStart(), null);
        date("periodEnd", d.periodEnd(), "Give the last day of the period the payment is for.");
        date("receivedOn", d.receivedOn(), "Give the day the money arrived (paid on).");
        LocalDate start = d.periodStart().value();
        LocalDate end = d.periodEnd().value();
        if (start != null && end != null && start.isAfter(end)) {
            error("periodEnd", "The period must end on or after its start (" + start + ").");
        }
        if (end != null && today != null && end.isAfter(today)) {
            warning("periodEnd", "This period has not ended yet (today is " + today + "): it is checked once it has.");
        }
    }

    private void date(String field, TypedDate date, String requiredMessage) {
        if (date.isUnparsed()) {
            error(field, "\"" + date.unparsed().trim() + "\" is not a date: type it as 2025-06-30 or pick it from "
                    + "the calendar.");
        } else if (date.isBlank() && requiredMessage != null) {
            error(field, requiredMessage);
        }
    }

    private void reported(ReceiptDraft d, RoyaltyBasis basis) {
        String what = basis == RoyaltyBasis.UNITS ? "units" : "sales";
        if (d.reported() == null || d.reported().isBlank()) {
            if (d.kind() == ReceiptKind.ROYALTY) {
                warning("reported", "Without the reported " + what + " this payment cannot be checked against the "
                        + "terms.");
            }
            return;
        }
        BigDecimal value = Decimals.parse(d.reported());
        if (value == null) {
            error("reported", "Type the reported " + what + " as a number, such as 102853 or 102,853.50.");
        } else if (value.signum() < 0) {
            error("reported", "Reported " + what + " cannot be negative.");
        }
    }

    private BigDecimal amount(String field, String text, Currency currency, boolean required, String requiredMessage) {
        if (text == null || text.isBlank()) {
            if (required) {
                error(field, requiredMessage);
                return null;
            }
            return BigDecimal.ZERO;
        }
        BigDecimal value = Decimals.parse(text);
        if (value == null) {
            error(field, "Type an amount, such as 11403.26 or 11,403.26.");
            return null;
        }
        if (currency != null && !new Money(value, currency).fitsMinorUnits()) {
            int digits = Money.minorUnits(currency);
            error(field, currency.getCurrencyCode() + " amounts have " + (digits == 0 ? "no decimals"
                    : "at most " + digits + (digits == 1 ? " decimal" : " decimals")) + ".");
            return null;
        }
        return value;
    }

    /** The portfolio's own rules (lengths, scales), for anything the form's checks let through. */
    private void storable(Receipt receipt, Currency currency) {
        for (Problem p : RecordChecks.receipt(receipt, currency)) {
            String field = switch (p.where()) {
                case "reportedSales", "reportedUnits" -> "reported";
                default -> p.where();
            };
            error(field, p.message().substring(0, 1).toUpperCase() + p.message().substring(1) + ".");
        }
    }

    /** The receipt the draft describes; call only when {@link #check} found no error. */
    static Receipt toReceipt(ReceiptDraft d, License license) {
        boolean units = license.terms().basis() == RoyaltyBasis.UNITS;
        BigDecimal reported = d.reported() == null || d.reported().isBlank() ? null : Decimals.parse(d.reported());
        Receipt original = d.original();
        BigDecimal sales = units ? (original == null ? null : original.reportedSales()) : reported;
        BigDecimal unitCount = units ? reported : (original == null ? null : original.reportedUnits());
        BigDecimal held = d.withholding() == null || d.withholding().isBlank() ? BigDecimal.ZERO
                : Decimals.parse(d.withholding());
        return new Receipt(d.id(), license.id(), d.kind(), d.periodStart().value(), d.periodEnd().value(), sales,
                unitCount, Decimals.parse(d.gross()), held, d.receivedOn().value());
    }

    private void error(String field, String message) {
        failed.add(field);
        issues.add(FormIssue.error(field, message));
    }

    private void warning(String field, String message) {
        issues.add(FormIssue.warning(field, message));
    }
}
