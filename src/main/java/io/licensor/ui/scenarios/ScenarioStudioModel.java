package io.licensor.ui.scenarios;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.model.ScenarioStructure;
import io.licensor.model.Tier;
import io.licensor.service.Scenarios;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario studio's presentation state (no Node): the scenario being shaped (its structures and revenue), the
 * engine's figures for it, recomputed on every edit through {@link LatestWins} (coalesced, latest value wins), and
 * whether it has unsaved changes. Saving, opening and applying live in {@link ScenarioCommands}.
 */
public final class ScenarioStudioModel {
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private final ObservableList<StructureDraft> structures = FXCollections.observableArrayList();
    private final RevenueDraft revenue = new RevenueDraft();
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper scenarioId = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper sourceLicenseId = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<StudioFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    private final LatestWins<Scenario, StudioFigures> recompute;
    private final InvalidationListener edited = o -> edited();
    private Currency currency = Currency.getInstance("USD");
    private RoyaltyBasis basis = RoyaltyBasis.NET_SALES;
    private LocalDate start = LocalDate.of(2024, 1, 1);
    private boolean loading;

    /**
     * @param fx         runs work on the FX thread at its next turn (Platform::runLater)
     * @param background runs recomputes that are slower than a frame
     */
    public ScenarioStudioModel(Executor fx, Executor background) {
        this.recompute = new LatestWins<>(fx, background, this::inputs, this::compute, this::show);
        revenue.revisionProperty().addListener(edited);
        name.addListener(edited);
    }

    /** Shows {@code scenario} (saved or not): its structures, revenue and figures; no unsaved changes. */
    public void load(Scenario scenario) {
        loading = true;
        try {
            for (StructureDraft s : structures) {
                s.revisionProperty().removeListener(edited);
            }
            RoyaltyTerms first = scenario.structures().get(0).terms();
            currency = first.currency();
            basis = first.basis();
            start = first.startDate();
            List<StructureDraft> drafts = new ArrayList<>();
            for (ScenarioStructure s : scenario.structures()) {
                drafts.add(watch(new StructureDraft(s)));
            }
            revenue.load(scenario);
            structures.setAll(drafts);
            name.set(scenario.name());
            scenarioId.set(scenario.id());
            sourceLicenseId.set(scenario.sourceLicenseId());
        } finally {
            loading = false;
        }
        dirty.set(false);
        recompute.runNow();
        loads.set(loads.get() + 1);
    }

    /** Ticks each time a scenario is loaded, so the view rebuilds its sliders (their ranges follow the values). */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    private StructureDraft watch(StructureDraft draft) {
        draft.revisionProperty().addListener(edited);
        return draft;
    }

    private void edited() {
        if (loading) {
            return;
        }
        dirty.set(true);
        recompute.request();
    }

    /** Adds a structure (a copy of the last one, to reshape), up to {@link Scenario#MAX_STRUCTURES}. */
    public void addStructure() {
        if (structures.size() >= Scenario.MAX_STRUCTURES) {
            return;
        }
        ScenarioStructure copy = structures.get(structures.size() - 1).toStructure(currency, basis, start);
        structures.add(watch(new StructureDraft(new ScenarioStructure("Structure " + (structures.size() + 1),
                copy.terms()))));
        edited();
    }

    /** Removes the structure at {@code index}, keeping at least {@link Scenario#MIN_STRUCTURES}. */
    public void removeStructure(int index) {
        if (structures.size() <= Scenario.MIN_STRUCTURES) {
            return;
        }
        structures.remove(index).revisionProperty().removeListener(edited);
        edited();
    }

    public boolean canAddStructure() {
        return structures.size() < Scenario.MAX_STRUCTURES;
    }

    /**
     * The scenario as edited, or null while a field holds text that is not a valid value or the terms break a rule
     * ({@link #problemsProperty()} then says which).
     */
    Scenario inputs() {
        List<String> found = new ArrayList<>(revenue.inputProblems());
        for (int i = 0; i < structures.size(); i++) {
            StructureDraft s = structures.get(i);
            String who = label(i) + ": ";
            s.inputProblems().forEach(p -> found.add(who + p));
            if (s.inputProblems().isEmpty()) {
                for (Problem p : s.termProblems(currency, basis, start)) {
                    found.add(who + p.where() + " " + p.message());
                }
            }
        }
        problems.set(String.join("\n", found));
        return found.isEmpty() ? current() : null;
    }

    private String label(int i) {
        String l = structures.get(i).labelProperty().get();
        return l == null || l.isBlank() ? "Structure " + (i + 1) : l.strip();
    }

    /** The scenario as it stands (valid values of every field), with its id and source when it has them. */
    public Scenario current() {
        List<ScenarioStructure> list = new ArrayList<>();
        for (StructureDraft s : structures) {
            list.add(s.toStructure(currency, basis, start));
        }
        return new Scenario(scenarioId.get(), name.get() == null ? "" : name.get(), sourceLicenseId.get(), list,
                revenue.firstYear().value(), revenue.growth().value(), revenue.yearCount(),
                revenue.discount().value(), revenue.withholdingRate());
    }

    StudioFigures compute(Scenario scenario) {
        List<BigDecimal> thresholds = new ArrayList<>();
        for (ScenarioStructure s : scenario.structures()) {
            s.terms().tiers().stream().map(Tier::from).forEach(thresholds::add);
        }
        BigDecimal largestYear = scenario.firstYearBase().max(scenario.firstYearBase()
                .multiply(BigDecimal.ONE.add(scenario.annualGrowth()).pow(scenario.years() - 1, MathContext.DECIMAL64)));
        BigDecimal highest = thresholds.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
        BigDecimal xMax = StudioFigures.axisEnd(largestYear, highest);
        List<BigDecimal> points = StudioFigures.basePoints(xMax, thresholds);
        ScenarioComparison.Result result = Scenarios.compare(scenario, points);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < scenario.structures().size(); i++) {
            String l = scenario.structures().get(i).label();
            labels.add(l.isBlank() ? "Structure " + (i + 1) : l.strip());
        }
        // everything from the scenario itself: this may run on the background thread while the FX thread loads
        RoyaltyTerms first = scenario.structures().get(0).terms();
        return new StudioFigures(labels, first.currency().getCurrencyCode(), first.basis() == RoyaltyBasis.UNITS,
                points, xMax, result, StudioFigures.breakEvens(result, labels, locale));
    }

    private void show(StudioFigures f) {
        figures.set(f);
    }

    /** Recomputes at once on this thread (tests, benchmarks). */
    public void recomputeNow() {
        recompute.runNow();
    }

    /** How long the last recompute took, in nanoseconds. */
    public long lastComputeNanos() {
        return recompute.lastNanos();
    }

    public ObservableList<StructureDraft> structures() {
        return structures;
    }

    public RevenueDraft revenue() {
        return revenue;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The saved scenario's id; null while it was never saved. */
    public ReadOnlyStringProperty scenarioIdProperty() {
        return scenarioId.getReadOnlyProperty();
    }

    void saved(Scenario s) {
        scenarioId.set(s.id());
        loading = true;
        name.set(s.name());
        loading = false;
        dirty.set(false);
    }

    public ReadOnlyStringProperty sourceLicenseIdProperty() {
        return sourceLicenseId.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** The figures of the last valid state (kept while a field is being fixed). */
    public ReadOnlyObjectProperty<StudioFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Why the figures are not up to date: one sentence per problem; empty when they are. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** True while a slow recompute runs in the background. */
    public ReadOnlyBooleanProperty busyProperty() {
        return recompute.busyProperty();
    }

    public Currency currency() {
        return currency;
    }

    public RoyaltyBasis basis() {
        return basis;
    }

    public LocalDate start() {
        return start;
    }

    public Locale locale() {
        return locale;
    }
}
