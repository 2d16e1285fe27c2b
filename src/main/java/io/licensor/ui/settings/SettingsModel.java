package io.licensor.ui.settings;

import io.licensor.model.InputRejectedException;
import io.licensor.model.PortfolioSettings;
import io.licensor.model.Problem;
import io.licensor.model.RecordChecks;
import io.licensor.service.PortfolioService;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The portfolio's settings form: name, home country and reporting currency, checked as typed by the same rules the
 * service applies ({@link RecordChecks#settings}). Changing the reporting currency is allowed but warned about, since
 * every exchange rate is a number of reporting-currency units. Saving is undoable.
 */
public final class SettingsModel {
    private static final Map<String, String> NAMES = Map.of("name", "The name", "homeCountry", "The home country");
    private final PortfolioService service;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Runnable changed;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<String> homeCountry = new SimpleObjectProperty<>();
    private final ObjectProperty<Currency> reportingCurrency = new SimpleObjectProperty<>();
    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private PortfolioSettings loaded;
    private int rateCount;
    private boolean loading;

    /** {@code changed} runs after each stored change (the exchange rates then re-check against the new currency). */
    public SettingsModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Runnable changed) {
        this.service = service;
        this.dialogs = dialogs;
        this.undo = undo;
        this.changed = changed;
        InvalidationListener update = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(name, homeCountry, reportingCurrency)) {
            o.addListener(update);
        }
        reload();
    }

    /** Shows the stored settings again. */
    public void reload() {
        show(service.settings());
    }

    private void show(PortfolioSettings settings) {
        loading = true;
        try {
            name.set(settings.name());
            homeCountry.set(settings.homeCountry());
            reportingCurrency.set(settings.reportingCurrency());
        } finally {
            loading = false;
        }
        loaded = settings;
        rateCount = service.fxRates().size();
        update();
    }

    /** The settings as typed (the name trimmed); call only when valid. */
    public PortfolioSettings typed() {
        return new PortfolioSettings(name.get() == null ? "" : name.get().strip(), homeCountry.get(),
                reportingCurrency.get());
    }

    /** Counts the exchange rates again (they change in the table below), for the currency warning. */
    public void refreshRateCount() {
        rateCount = service.fxRates().size();
        update();
    }

    private void update() {
        List<FormIssue> found = new ArrayList<>();
        if (reportingCurrency.get() == null) {
            found.add(FormIssue.error("reportingCurrency", "Choose the currency totals are reported in."));
        } else {
            for (Problem p : RecordChecks.settings(typed())) {
                found.add(FormIssue.error(p.where(), NAMES.getOrDefault(p.where(), p.where()) + " " + p.message()
                        + "."));
            }
            if (currencyChanges() && rateCount > 0) {
                found.add(FormIssue.warning("reportingCurrency", currencyWarning()));
            }
        }
        issues.setAll(found);
        valid.set(found.stream().noneMatch(FormIssue::isError));
        dirty.set(reportingCurrency.get() == null || !typed().equals(loaded));
    }

    private boolean currencyChanges() {
        return loaded != null && !loaded.reportingCurrency().equals(reportingCurrency.get());
    }

    private String currencyWarning() {
        String from = loaded.reportingCurrency().getCurrencyCode();
        String to = reportingCurrency.get().getCurrencyCode();
        return "Exchange rates are " + from + " per unit of another currency. After the change to " + to + ", the "
                + (rateCount == 1 ? "rate" : rateCount + " rates") + " below will be read as " + to
                + " per unit: enter " + to + " rates, or every converted total will be wrong.";
    }

    /** Stores the settings (asking first when the reporting currency changes under existing rates); undoable. */
    public boolean save() {
        if (!valid.get() || !dirty.get()) {
            return false;
        }
        PortfolioSettings next = typed();
        PortfolioSettings before = loaded;
        if (currencyChanges() && rateCount > 0 && !dialogs.confirm("Change reporting currency",
                "Report in " + next.reportingCurrency().getCurrencyCode() + " instead of "
                        + before.reportingCurrency().getCurrencyCode() + "?", currencyWarning(),
                "Change currency")) {
            return false;
        }
        try {
            service.saveSettings(next);
        } catch (InputRejectedException e) {
            dialogs.showProblems("Settings not saved", "The settings could not be saved:", e.problems());
            return false;
        }
        undo.push("Undo settings change", () -> {
            service.saveSettings(before);
            show(before);
            changed.run();
            return true;
        });
        show(service.settings());
        changed.run();
        return true;
    }

    /** Back to the stored settings. */
    public void cancel() {
        show(loaded);
    }

    /** True when the form may be left: nothing unsaved, or the user saved or discarded it when asked. */
    public boolean confirmLeave(String action) {
        if (!dirty.get()) {
            return true;
        }
        return switch (dialogs.askUnsaved("your changes to the settings", action)) {
            case SAVE -> save();
            case DISCARD -> {
                cancel();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<String> homeCountryProperty() {
        return homeCountry;
    }

    public ObjectProperty<Currency> reportingCurrencyProperty() {
        return reportingCurrency;
    }

    /** The stored reporting currency (what the exchange rates are in until a change is saved). */
    public Currency storedReportingCurrency() {
        return loaded.reportingCurrency();
    }

    public ObservableList<FormIssue> issues() {
        return issues;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
