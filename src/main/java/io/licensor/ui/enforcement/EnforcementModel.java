package io.licensor.ui.enforcement;

import io.licensor.analytics.metrics.PortfolioFigures;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.Portfolio;
import io.licensor.service.EnforcementSummary;
import io.licensor.service.PortfolioService;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
import io.licensor.ui.receipts.ReceiptTexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Enforcement section's presentation model: every cost and recovery, the asset-or-license filter, the totals per
 * asset in the reporting currency (from analytics, via {@link EnforcementSummary}), the portfolio's twelve-month
 * figures, and (through {@link #editor()}) the detail editor. Holds no Node.
 */
public final class EnforcementModel {

    /** Runs {@code work} (off the FX thread where it can) and hands its result to {@code done} on the FX thread. */
    @FunctionalInterface
    public interface Loader {
        void load(String message, Callable<EnforcementData> work, Consumer<EnforcementData> done);

        /** Runs the work at once, on the calling thread (tests). */
        static Loader immediate() {
            return (message, work, done) -> {
                try {
                    done.accept(work.call());
                } catch (Exception e) {
                    throw new IllegalStateException(message + " failed", e);
                }
            };
        }
    }

    private final PortfolioService service;
    private final Supplier<LocalDate> today;
    private final Loader loader;
    private final ObservableList<EntryRow> all = FXCollections.observableArrayList();
    private final FilteredList<EntryRow> shown = new FilteredList<>(all);
    private final ObservableList<EnforcementSummary.AssetRow> totals = FXCollections.observableArrayList();
    private final ObservableList<Target> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Target> filter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<EnforcementData> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(false);
    private final Set<String> ids = new HashSet<>();
    private final StringBinding count;
    private final StringBinding portfolioLine;
    private final EnforcementEditing editing;

    public EnforcementModel(PortfolioService service, Dialogs dialogs, UndoStack undo, Supplier<LocalDate> today,
            Loader loader) {
        this.service = Objects.requireNonNull(service, "service");
        this.today = Objects.requireNonNull(today, "today");
        this.loader = Objects.requireNonNull(loader, "loader");
        data.set(EnforcementData.of(Portfolio.empty(service.settings()), today.get()));
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            Target t = filter.get();
            EnforcementData d = data.get();
            return row -> t == null || d.concerns(row, t);
        }, filter, data));
        count = Bindings.createStringBinding(this::describeCount, all, shown);
        portfolioLine = Bindings.createStringBinding(this::describePortfolio, data);
        editing = new EnforcementEditing(service, dialogs, undo, this);
    }

    /** Reads the portfolio and computes the totals again (after a change, or when the section is shown). */
    public void reload() {
        loading.set(true);
        LocalDate asOf = today.get();
        loader.load("Adding up enforcement costs...", () -> EnforcementData.load(service, asOf), this::apply);
    }

    void apply(EnforcementData next) {
        reloading.set(true);
        try {
            List<Target> choices = new ArrayList<>();
            next.assets().forEach(a -> choices.add(Target.asset(a.id())));
            next.licenses().forEach(l -> choices.add(Target.license(l.id())));
            targets.setAll(choices);
            if (filter.get() != null && !choices.contains(filter.get())) {
                filter.set(null);
            }
            ids.clear();
            next.rows().forEach(r -> ids.add(r.id()));
            data.set(next);
            all.setAll(next.rows());
            totals.setAll(next.summary().assetsWithEntries());
        } finally {
            reloading.set(false);
            loading.set(false);
        }
        editing.form().update();
    }

    /** Shows the entry's asset or license when the filter would hide it (after saving it). */
    void reveal(EnforcementEntry entry) {
        Target t = filter.get();
        if (t != null && !data.get().concerns(new EntryRow(entry, "", null, null), t)) {
            filter.set(entry.assetId() != null ? Target.asset(entry.assetId()) : Target.license(entry.licenseId()));
        }
    }

    /** Takes a deleted entry off the list at once, before the reload. */
    void forget(String id) {
        all.removeIf(r -> r.id().equals(id));
    }

    private String describeCount() {
        int total = all.size();
        String entries = total == 1 ? "1 entry" : total + " entries";
        return shown.size() == total ? entries : entries + ", " + shown.size() + " shown";
    }

    private String describePortfolio() {
        EnforcementSummary s = data.get().summary();
        PortfolioFigures p = s.portfolio();
        String ratio = p.enforcementCostRatio() == null ? "no income" : EnforcementTexts.percent(
                p.enforcementCostRatio());
        return "Whole portfolio, last 12 months: net cost " + ReceiptTexts.money(p.netEnforcementCost(),
                s.reportingCurrency()) + " against licensing income " + ReceiptTexts.money(p.licensingIncome(),
                s.reportingCurrency()) + " (" + ratio + "). All time: net cost " + ReceiptTexts.money(s.totalNet(),
                s.reportingCurrency()) + ".";
    }

    /** What the empty table says. */
    public String emptyMessage() {
        if (loading.get() && all.isEmpty()) {
            return "Adding up enforcement costs...";
        }
        if (filter.get() != null && !all.isEmpty()) {
            return "Nothing recorded for " + data.get().describe(filter.get()) + ". Add a cost or recovery with Add "
                    + "(Ctrl+N).";
        }
        return "No enforcement costs yet. Record monitoring, audits and legal action, and what they recovered, with "
                + "Add (Ctrl+N).";
    }

    /** The as-of date: today. */
    public LocalDate today() {
        return today.get();
    }

    public EnforcementData data() {
        return data.get();
    }

    public ReadOnlyObjectProperty<EnforcementData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    Set<String> entryIds() {
        return ids;
    }

    public ObservableList<EntryRow> allRows() {
        return all;
    }

    public ObservableList<EntryRow> shownRows() {
        return shown;
    }

    /** The assets with at least one entry, with their totals in the reporting currency. */
    public ObservableList<EnforcementSummary.AssetRow> totals() {
        return totals;
    }

    /** Every asset and license, for the filter and the editor. */
    public ObservableList<Target> targets() {
        return targets;
    }

    /** The asset or license shown (null: everything). */
    public ObjectProperty<Target> filterProperty() {
        return filter;
    }

    public StringBinding countProperty() {
        return count;
    }

    /** The portfolio's twelve-month and all-time figures in a sentence. */
    public StringBinding portfolioLineProperty() {
        return portfolioLine;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    public EnforcementEditing editor() {
        return editing;
    }
}
