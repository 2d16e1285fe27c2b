package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.RecordChecks;
import io.licensor.ui.assets.Decimals;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.receipts.TypedDate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the enforcement form says about what was typed, in plain words: errors block Save, warnings do not. The
 * stored-record rules are {@link RecordChecks#enforcement}'s, so the form refuses exactly what the portfolio would.
 */
final class EntryValidation {
    private final List<FormIssue> issues = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    private EntryValidation() {}

    static List<FormIssue> check(EntryDraft d, EnforcementData data, LocalDate today) {
        EntryValidation v = new EntryValidation();
        v.run(d, data, today);
        return List.copyOf(v.issues);
    }

    private void run(EntryDraft d, EnforcementData data, LocalDate today) {
        target(d, data);
        if (d.kind() == null) {
            error("kind", "Choose what the cost was for.");
        }
        TypedDate date = d.date();
        if (date.isUnparsed()) {
            error("date", "\"" + date.unparsed().trim() + "\" is not a date: type it as 2025-06-30 or pick it from "
                    + "the calendar.");
        } else if (date.isBlank()) {
            error("date", "Give the day of the cost or recovery.");
        } else if (today != null && date.value().isAfter(today)) {
            warning("date", "Dated after today (" + today + "): it counts in the totals from that day on.");
        }
        Currency currency = currency(d.currency());
        amount("cost", d.cost(), currency, true);
        amount("recovered", d.recovered(), currency, false);
        if (currency != null && date.value() != null && !data.summary().hasRate(currency, date.value())) {
            warning("currency", "No " + currency.getCurrencyCode() + " rate on or before " + date.value()
                    + ": the entry is left out of the " + data.summary().reportingCurrency().getCurrencyCode()
                    + " totals until one is added.");
        }
        if (failed.isEmpty()) {
            storable(toEntry(d));
        }
    }

    private void target(EntryDraft d, EnforcementData data) {
        if (d.about() == Target.Kind.ASSET) {
            if (d.assetId() == null) {
                error("asset", "Choose the asset the cost was for.");
            } else if (data.asset(d.assetId()).isEmpty()) {
                error("asset", "The asset " + d.assetId() + " is not in the portfolio.");
            }
        } else if (d.licenseId() == null) {
            error("license", "Choose the license the cost was for.");
        } else if (data.license(d.licenseId()).isEmpty()) {
            error("license", "The license " + d.licenseId() + " is not in the portfolio.");
        }
    }

    private Currency currency(String code) {
        String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            error("currency", "Give the currency, such as USD or EUR.");
            return null;
        }
        try {
            return Currency.getInstance(trimmed);
        } catch (IllegalArgumentException e) {
            error("currency", "\"" + code.trim() + "\" is not an ISO currency code (like USD, EUR, JPY).");
            return null;
        }
    }

    private void amount(String field, String text, Currency currency, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                error(field, "Give the cost, or 0 for a recovery alone.");
            }
            return;
        }
        BigDecimal value = Decimals.parse(text);
        if (value == null) {
            error(field, "Type an amount, such as 1200 or 1,200.50.");
        } else if (value.signum() < 0) {
            error(field, (field.equals("cost") ? "A cost" : "A recovery") + " cannot be negative; record money that "
                    + "came back under Recovered.");
        } else if (currency != null && !new Money(value, currency).fitsMinorUnits()) {
            int digits = Money.minorUnits(currency);
            error(field, currency.getCurrencyCode() + " amounts have " + (digits == 0 ? "no decimals"
                    : "at most " + digits + (digits == 1 ? " decimal" : " decimals")) + ".");
        }
    }

    private void storable(EnforcementEntry e) {
        for (Problem p : RecordChecks.enforcement(e)) {
            error(p.where(), p.message().substring(0, 1).toUpperCase(Locale.ROOT) + p.message().substring(1) + ".");
        }
    }

    /** The entry the draft describes; call only when {@link #check} found no error. */
    static EnforcementEntry toEntry(EntryDraft d) {
        boolean asset = d.about() == Target.Kind.ASSET;
        BigDecimal recovered = d.recovered() == null || d.recovered().isBlank() ? BigDecimal.ZERO
                : Decimals.parse(d.recovered());
        String note = d.note() == null || d.note().isBlank() ? null : d.note().trim();
        return new EnforcementEntry(d.id(), asset ? d.assetId() : null, asset ? null : d.licenseId(),
                d.date().value(), d.kind(), Decimals.parse(d.cost()), recovered,
                Currency.getInstance(d.currency().trim().toUpperCase(Locale.ROOT)), note);
    }

    private void error(String field, String message) {
        failed.add(field);
        issues.add(FormIssue.error(field, message));
    }

    private void warning(String field, String message) {
        issues.add(FormIssue.warning(field, message));
    }
}
