package io.licensor.ui.scenarios;

import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.ScenarioStructure;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One deal structure being shaped in the studio: its name, tiers, tier mode, upfront fee, advance, minimum and cap.
 * Currency, basis and start date are the scenario's. {@link #revisionProperty()} ticks on every edit, so the studio
 * recomputes; {@link #tiersChangedProperty()} ticks when tiers are added or removed, so the view rebuilds its sliders.
 */
public final class StructureDraft {
    /** The most tiers a structure in the studio can have. */
    public static final int MAX_TIERS = 6;

    private final boolean units;
    private final StringProperty label = new SimpleStringProperty("");
    private final ObjectProperty<TierMode> tierMode = new SimpleObjectProperty<>(TierMode.MARGINAL);
    private final BooleanProperty restartEachYear = new SimpleBooleanProperty(false);
    private final ObservableList<TierDraft> tiers = FXCollections.observableArrayList();
    private final DecimalInput upfront = DecimalInput.amount("Upfront fee");
    private final DecimalInput advance = DecimalInput.amount("Advance");
    private final DecimalInput minimum = DecimalInput.amount("Minimum annual royalty");
    private final DecimalInput cap = new DecimalInput("Annual cap", false, true,
            v -> v.signum() < 0 ? "cannot be negative" : null);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper tiersChanged = new ReadOnlyIntegerWrapper();
    private final InvalidationListener tick = o -> revision.set(revision.get() + 1);
    private Rate withholding = Rate.ZERO;

    StructureDraft(ScenarioStructure structure) {
        this.units = structure.terms().basis() == RoyaltyBasis.UNITS;
        for (DecimalInput money : List.of(upfront, advance, minimum, cap)) {
            money.stepProperty().set(new BigDecimal("100"));
            money.valueProperty().addListener(tick);
            money.problemProperty().addListener(tick);
        }
        label.addListener(tick);
        tierMode.addListener(tick);
        restartEachYear.addListener(tick);
        load(structure);
    }

    private void load(ScenarioStructure structure) {
        RoyaltyTerms t = structure.terms();
        label.set(structure.label());
        tierMode.set(t.tierMode());
        restartEachYear.set(t.tierReset() == TierReset.CONTRACT_YEAR);
        upfront.set(t.upfrontFee().amount());
        advance.set(t.advance().amount());
        minimum.set(t.minimumAnnual().amount());
        cap.set(t.hasCap() ? t.annualCap().amount() : null);
        withholding = t.withholdingRate();
        List<TierDraft> loaded = new ArrayList<>();
        for (int i = 0; i < t.tiers().size(); i++) {
            loaded.add(watch(new TierDraft(i, units, t.tiers().get(i).from(), t.tiers().get(i).rate())));
        }
        tiers.setAll(loaded);
    }

    private TierDraft watch(TierDraft tier) {
        for (DecimalInput in : List.of(tier.from(), tier.rate())) {
            in.valueProperty().addListener(tick);
            in.problemProperty().addListener(tick);
        }
        return tier;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<TierMode> tierModeProperty() {
        return tierMode;
    }

    public BooleanProperty restartEachYearProperty() {
        return restartEachYear;
    }

    public ObservableList<TierDraft> tiers() {
        return tiers;
    }

    public DecimalInput upfront() {
        return upfront;
    }

    public DecimalInput advance() {
        return advance;
    }

    public DecimalInput minimum() {
        return minimum;
    }

    public DecimalInput cap() {
        return cap;
    }

    /** True when rates are money per unit rather than a share of net sales. */
    public boolean isUnits() {
        return units;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tiersChangedProperty() {
        return tiersChanged.getReadOnlyProperty();
    }

    /** Adds a tier above the last one: at twice its threshold (100,000 after a flat rate), at the same rate. */
    public void addTier() {
        if (tiers.size() >= MAX_TIERS) {
            return;
        }
        TierDraft last = tiers.get(tiers.size() - 1);
        BigDecimal from = last.from().value().signum() == 0 ? new BigDecimal(units ? "10000" : "100000")
                : last.from().value().multiply(BigDecimal.valueOf(2));
        tiers.add(watch(new TierDraft(tiers.size(), units, from, last.rate().value())));
        changedTiers();
    }

    /** Removes the highest tier; a structure keeps at least one. */
    public void removeTier() {
        if (tiers.size() > 1) {
            tiers.remove(tiers.size() - 1);
            changedTiers();
        }
    }

    private void changedTiers() {
        tiersChanged.set(tiersChanged.get() + 1);
        tick.invalidated(null);
    }

    /** The sentences of every field whose text is not a valid value yet. */
    public List<String> inputProblems() {
        Stream<DecimalInput> all = Stream.concat(Stream.of(upfront, advance, minimum, cap),
                tiers.stream().flatMap(t -> Stream.of(t.from(), t.rate())));
        return all.filter(DecimalInput::hasProblem).map(d -> d.problemProperty().get()).toList();
    }

    /** The terms as they stand (the last valid value of each field), in the scenario's currency, basis and start. */
    public RoyaltyTerms terms(Currency currency, RoyaltyBasis basis, LocalDate start) {
        int minor = Money.minorUnits(currency);
        List<Tier> list = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal from = i == 0 ? BigDecimal.ZERO : tiers.get(i).from().value();
            list.add(new Tier(from, tiers.get(i).rate().value()));
        }
        return new RoyaltyTerms(currency, start, money(upfront, currency, minor), money(advance, currency, minor),
                basis, list, tierMode.get(), restartEachYear.get() ? TierReset.CONTRACT_YEAR : TierReset.NEVER,
                money(minimum, currency, minor), cap.value() == null ? null : money(cap, currency, minor),
                withholding);
    }

    /** Problems of the terms as they stand, in the words of {@link RoyaltyTerms#problems()}. */
    public List<Problem> termProblems(Currency currency, RoyaltyBasis basis, LocalDate start) {
        return terms(currency, basis, start).problems();
    }

    private static Money money(DecimalInput in, Currency currency, int minor) {
        // more decimals than the currency has is a problem the terms report, so keep them as typed
        BigDecimal v = in.value();
        return Money.of(v.scale() < minor ? v.setScale(minor, RoundingMode.UNNECESSARY) : v, currency);
    }

    /** The structure for saving. */
    public ScenarioStructure toStructure(Currency currency, RoyaltyBasis basis, LocalDate start) {
        return new ScenarioStructure(label.get() == null ? "" : label.get().strip(), terms(currency, basis, start));
    }
}
