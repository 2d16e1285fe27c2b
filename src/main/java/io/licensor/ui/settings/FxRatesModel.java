package io.licensor.ui.settings;

import io.licensor.model.FxRate;
import io.licensor.model.InputRejectedException;
import io.licensor.model.License;
import io.licensor.model.Limits;
import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.DateInput;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.licenses.terms.NumberText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dated exchange-rate table and its small editor: pick a rate to change it, or start a new one; add, change and
 * delete are undoable. A rate says how many units of the reporting currency one unit of its currency is worth from
 * its date on (portfolio-format.md). The editor refuses a rate that is not above 0, a second rate for the same
 * currency and date, and a rate for the reporting currency itself (always 1).
 */
public final class FxRatesModel {
    private final PortfolioService service;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Supplier<Currency> reporting;
    private final NumberText text;
    private final ObservableList<FxRate> rates = FXCollections.observableArrayList();
    private final ObservableList<String> coverage = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FxRate> selected = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>();
    private final DateInput date = new DateInput();
    private final StringProperty rate = new SimpleStringProperty("");
    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    /** {@code reporting} gives the stored reporting currency (the unit every rate is in). */
    public FxRatesModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Supplier<Currency> reporting,
            Locale locale) {
        this.service = Objects.requireNonNull(service, "service");
        this.dialogs = dialogs;
        this.undo = undo;
        this.reporting = reporting;
        this.text = new NumberText(locale);
        InvalidationListener update = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(currency, date.valueProperty(), date.unparsedProperty(), rate)) {
            o.addListener(update);
        }
        reload();
        startNew();
    }

    /** Reads the rates again and re-checks the editor. */
    public void reload() {
        List<FxRate> stored = new ArrayList<>(service.fxRates());
        stored.sort(Comparator.comparing((FxRate r) -> r.currency().getCurrencyCode())
                .thenComparing(FxRate::date, Comparator.reverseOrder()));
        rates.setAll(stored);
        coverage.setAll(describeCoverage(stored, service.licenses()));
        if (selected.get() != null && !rates.contains(selected.get())) {
            selected.set(null);
        }
        update();
    }

    /** One line per currency the portfolio uses or has rates for: its latest rate, or that it has none. */
    List<String> describeCoverage(List<FxRate> stored, List<License> licenses) {
        Currency base = reporting.get();
        TreeMap<String, FxRate> latest = new TreeMap<>();
        for (FxRate r : stored) {
            latest.merge(r.currency().getCurrencyCode(), r, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }
        TreeSet<String> used = new TreeSet<>();
        licenses.stream().map(l -> l.terms().currency().getCurrencyCode()).forEach(used::add);
        used.addAll(latest.keySet());
        used.remove(base.getCurrencyCode());
        List<String> lines = new ArrayList<>();
        for (String code : used) {
            FxRate r = latest.get(code);
            long licensesIn = licenses.stream().filter(l -> l.terms().currency().getCurrencyCode().equals(code))
                    .count();
            String use = licensesIn == 0 ? "" : " (" + (licensesIn == 1 ? "1 license" : licensesIn + " licenses")
                    + ")";
            lines.add(r == null ? code + use + ": no rate yet. Amounts in " + code + " are left out of totals "
                    + "until you add one."
                    : code + use + ": 1 " + code + " = " + text.decimal(r.rate()) + " " + base.getCurrencyCode()
                            + " since " + r.date() + ".");
        }
        return lines;
    }

    /** Shows a stored rate in the editor; null starts a new one. */
    public void select(FxRate stored) {
        if (stored == null) {
            startNew();
            return;
        }
        selected.set(stored);
        load(stored.currency(), stored.date(), text.decimal(stored.rate()));
    }

    /** Clears the editor for a new rate: the first non-reporting currency in use, dated today. */
    public void startNew() {
        selected.set(null);
        Currency suggestion = rates.isEmpty() ? null : rates.get(0).currency();
        load(suggestion, LocalDate.now(), "");
    }

    private void load(Currency c, LocalDate day, String value) {
        loading = true;
        try {
            currency.set(c);
            date.valueProperty().set(day);
            date.unparsedProperty().set(null);
            rate.set(value);
        } finally {
            loading = false;
        }
        update();
    }

    private void update() {
        List<FormIssue> found = new ArrayList<>();
        Currency c = currency.get();
        if (c == null) {
            found.add(FormIssue.error("currency", "Choose the currency this rate converts."));
        } else if (c.equals(reporting.get())) {
            found.add(FormIssue.error("currency", c.getCurrencyCode() + " is the reporting currency: its rate is "
                    + "always 1. Choose another currency."));
        }
        checkDate(found);
        BigDecimal value = text.parseDecimal(rate.get());
        boolean blank = rate.get() == null || rate.get().isBlank();
        // an empty new rate is not an error to shout about yet: Add just stays disabled until a rate is typed
        if (value == null && !blank) {
            found.add(FormIssue.error("rate", "\"" + rate.get().strip() + "\" is not a number; type it like "
                    + text.decimal(new BigDecimal("1.08")) + "."));
        } else if (value != null && value.signum() <= 0) {
            found.add(FormIssue.error("rate", "The rate must be greater than 0."));
        } else if (value != null && Limits.FX_RATE.problemWith(value) != null) {
            found.add(FormIssue.error("rate", "The rate " + Limits.FX_RATE.problemWith(value) + "."));
        }
        if (c != null && date.valueProperty().get() != null && duplicate(c, date.valueProperty().get())) {
            found.add(FormIssue.error("date", "There is already a " + c.getCurrencyCode() + " rate for "
                    + date.valueProperty().get() + ". Pick it in the table to change it."));
        }
        issues.setAll(found);
        valid.set(value != null && found.stream().noneMatch(FormIssue::isError));
    }

    private void checkDate(List<FormIssue> found) {
        String unparsed = date.unparsedProperty().get();
        if (unparsed != null) {
            found.add(FormIssue.error("date", "\"" + unparsed + "\" is not a date. Type it as YYYY-MM-DD "
                    + "(2025-01-01) or pick it from the calendar."));
        } else if (date.valueProperty().get() == null) {
            found.add(FormIssue.error("date", "Give the day the rate applies from."));
        }
    }

    private boolean duplicate(Currency c, LocalDate day) {
        FxRate editing = selected.get();
        return rates.stream().anyMatch(r -> r.currency().equals(c) && r.date().equals(day)
                && (editing == null || !(editing.currency().equals(c) && editing.date().equals(day))));
    }

    /** The rate as typed; empty while anything is wrong. */
    public Optional<FxRate> typed() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new FxRate(currency.get(), date.valueProperty().get(), text.parseDecimal(rate.get())));
    }

    /** Adds the rate, or stores the changes to the selected one; undoable. False when nothing was stored. */
    public boolean save() {
        Optional<FxRate> next = typed();
        if (next.isEmpty()) {
            return false;
        }
        FxRate before = selected.get();
        FxRate after = next.get();
        try {
            // the new one first: a refusal then leaves the old one in place
            service.saveFxRate(after);
            if (before != null && !sameKey(before, after)) {
                service.deleteFxRate(before.currency(), before.date());
            }
        } catch (InputRejectedException e) {
            dialogs.showProblems("Rate not saved", "The exchange rate could not be saved:", e.problems());
            return false;
        }
        String what = after.currency().getCurrencyCode() + " rate of " + after.date();
        undo.push((before == null ? "Undo add of " : "Undo change of ") + what, () -> {
            service.deleteFxRate(after.currency(), after.date());
            if (before != null) {
                service.saveFxRate(before);
            }
            reload();
            select(before);
            return true;
        });
        reload();
        select(after);
        return true;
    }

    /** Deletes the selected rate; undoable. */
    public boolean delete() {
        FxRate gone = selected.get();
        if (gone == null) {
            return false;
        }
        service.deleteFxRate(gone.currency(), gone.date());
        undo.push("Undo delete of the " + gone.currency().getCurrencyCode() + " rate of " + gone.date(), () -> {
            service.saveFxRate(gone);
            reload();
            select(gone);
            return true;
        });
        reload();
        startNew();
        return true;
    }

    private static boolean sameKey(FxRate a, FxRate b) {
        return a.currency().equals(b.currency()) && a.date().equals(b.date());
    }

    /** What the rate means, for the table: "1 EUR = 1.08 USD". */
    public String reading(FxRate r) {
        return "1 " + r.currency().getCurrencyCode() + " = " + text.decimal(r.rate()) + " "
                + reporting.get().getCurrencyCode();
    }

    public ObservableList<FxRate> rates() {
        return rates;
    }

    /** Per currency in use: its latest rate, or that it has none. */
    public ObservableList<String> coverage() {
        return coverage;
    }

    /** The stored rate the editor shows; null while it shows a new one. */
    public ReadOnlyObjectProperty<FxRate> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObjectProperty<Currency> currencyProperty() {
        return currency;
    }

    public DateInput date() {
        return date;
    }

    public StringProperty rateProperty() {
        return rate;
    }

    public ObservableList<FormIssue> issues() {
        return issues;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The reporting currency the rates are in. */
    public Currency reportingCurrency() {
        return reporting.get();
    }
}
