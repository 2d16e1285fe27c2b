package io.licensor.ui.licenses.terms;

import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.licenses.terms.TermsDraft.TierDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The terms editor's presentation model: one property per field as typed, the tier lines, and what follows on every
 * change: the {@link RoyaltyTerms} they make ({@link #termsProperty()}, null while anything is wrong), the problems
 * as sentences for the fields ({@link #issues()}), and whether anything differs from what was loaded. Usable on its
 * own (the scenario studio) or inside the license editor, which sets {@link #startDateProperty()} to the license's
 * start. Rates of net sales are typed as percentages, rates on units as money per unit. No Node in sight.
 */
public final class TermsModel {
    private final NumberText text;
    private final ObjectProperty<Currency> currency = new SimpleObjectProperty<>();
    private final ObjectProperty<RoyaltyBasis> basis = new SimpleObjectProperty<>(RoyaltyBasis.NET_SALES);
    private final ObservableList<TierRow> tiers = FXCollections.observableArrayList(TierRow::observables);
    private final ObjectProperty<TierMode> tierMode = new SimpleObjectProperty<>(TierMode.MARGINAL);
    private final ObjectProperty<TierReset> tierReset = new SimpleObjectProperty<>(TierReset.NEVER);
    private final StringProperty upfrontFee = new SimpleStringProperty("");
    private final StringProperty advance = new SimpleStringProperty("");
    private final StringProperty minimumAnnual = new SimpleStringProperty("");
    private final StringProperty annualCap = new SimpleStringProperty("");
    private final StringProperty withholding = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(LocalDate.now());

    private final ObservableList<FormIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<FormIssue> readOnlyIssues = FXCollections.unmodifiableObservableList(issues);
    private final ReadOnlyObjectWrapper<RoyaltyTerms> terms = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private List<Problem> problems = List.of();
    private TermsDraft loaded;
    private boolean loading;

    /** A model reading and writing numbers in the user's format locale. */
    public TermsModel() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    public TermsModel(Locale locale) {
        this.text = new NumberText(locale);
        InvalidationListener changed = o -> {
            if (!loading) {
                update();
            }
        };
        for (Observable o : List.of(currency, basis, tiers, tierMode, tierReset, upfrontFee, advance, minimumAnnual,
                annualCap, withholding, startDate)) {
            o.addListener(changed);
        }
        tiers.addListener((ListChangeListener<TierRow>) c -> {
            // the first tier starts at 0 (its field is read-only): after the first line is removed, the next one does
            if (!loading && !tiers.isEmpty() && !"0".equals(tiers.get(0).fromProperty().get())) {
                tiers.get(0).fromProperty().set("0");
            }
        });
        load(blank(Currency.getInstance("USD")));
    }

    /** Fresh terms in {@code currency}: one tier from 0 whose rate is still to be typed. */
    public static TermsDraft blank(Currency currency) {
        return new TermsDraft(currency, RoyaltyBasis.NET_SALES, List.of(new TierDraft("0", "")), TierMode.MARGINAL,
                TierReset.NEVER, "", "", "", "", "");
    }

    /** Shows stored terms (their start goes into {@link #startDateProperty()}). */
    public void load(RoyaltyTerms stored) {
        startDate.set(stored.startDate());
        load(draftOf(stored));
    }

    /** Shows a draft; it becomes the "unchanged" state that {@link #dirtyProperty()} compares with. */
    public void load(TermsDraft draft) {
        loading = true;
        try {
            currency.set(draft.currency());
            basis.set(draft.basis());
            tiers.setAll(draft.tiers().stream().map(TierRow::new).toList());
            tierMode.set(draft.tierMode());
            tierReset.set(draft.tierReset());
            upfrontFee.set(draft.upfrontFee());
            advance.set(draft.advance());
            minimumAnnual.set(draft.minimumAnnual());
            annualCap.set(draft.annualCap());
            withholding.set(draft.withholding());
        } finally {
            loading = false;
        }
        loaded = draft;
        update();
    }

    /** How stored terms look in the editor: rates of net sales as percentages, zero amounts as empty fields. */
    public TermsDraft draftOf(RoyaltyTerms t) {
        List<TierDraft> rows = new ArrayList<>();
        for (Tier tier : t.tiers()) {
            rows.add(new TierDraft(text.decimal(tier.from()), t.basis() == RoyaltyBasis.UNITS
                    ? text.decimal(perUnit(tier.rate(), t.currency())) : text.percent(tier.rate())));
        }
        return new TermsDraft(t.currency(), t.basis(), rows, t.tierMode(), t.tierReset(), amount(t.upfrontFee()),
                amount(t.advance()), amount(t.minimumAnnual()),
                t.annualCap() == null ? "" : text.decimal(t.annualCap().amount()),
                t.withholdingRate().isZero() ? "" : text.percent(t.withholdingRate().value()));
    }

    /** Money per unit shown with at least the currency's minor units: 0.4 USD reads 0.40. */
    private static BigDecimal perUnit(BigDecimal rate, Currency currency) {
        return rate.scale() >= Money.minorUnits(currency) ? rate : rate.setScale(Money.minorUnits(currency));
    }

    private String amount(Money money) {
        return money.isZero() ? "" : text.decimal(money.amount());
    }

    /** What the editor shows now, as typed. */
    public TermsDraft draft() {
        return new TermsDraft(currency.get(), basis.get(), tiers.stream().map(TierRow::draft).toList(),
                tierMode.get(), tierReset.get(), upfrontFee.get(), advance.get(), minimumAnnual.get(),
                annualCap.get(), withholding.get());
    }

    /** The draft as last loaded. */
    public Optional<TermsDraft> loaded() {
        return Optional.ofNullable(loaded);
    }

    private void update() {
        TermsDraft now = draft();
        LocalDate start = startDate.get() == null ? LocalDate.now() : startDate.get();
        TermsValidation.Result result = TermsValidation.read(now, start, text);
        problems = result.problems();
        issues.setAll(result.issues());
        terms.set(result.terms());
        valid.set(result.isValid());
        dirty.set(!now.equals(loaded));
    }

    /**
     * Adds a tier above the last: from twice the last threshold (100,000 after a lone tier from 0), rate left for
     * the user to type.
     */
    public void addTier() {
        BigDecimal last = tiers.isEmpty() ? null : text.parseDecimal(tiers.get(tiers.size() - 1).fromProperty().get());
        BigDecimal from = last == null || last.signum() == 0 ? new BigDecimal(100_000) : last.multiply(BigDecimal.valueOf(2));
        tiers.add(new TierRow(new TierDraft(tiers.isEmpty() ? "0" : text.decimal(from), "")));
    }

    /** Removes a tier; when it was the first, the next one starts at 0 instead. */
    public void removeTier(TierRow row) {
        tiers.remove(row);
    }

    /** One sentence on what the tier mode means, for beside the choice. */
    public static String explain(TierMode mode) {
        if (mode == TierMode.WHOLE_VOLUME) {
            return "Whole volume: once sales reach a tier, its rate applies to all sales so far (the sale that "
                    + "crosses a threshold carries a catch-up).";
        }
        return "Marginal: each rate applies only to the sales inside its own tier, like tax brackets.";
    }

    /** One sentence on what the reset means. */
    public static String explain(TierReset reset) {
        if (reset == TierReset.CONTRACT_YEAR) {
            return "Tiers count sales from the start of each contract year.";
        }
        return "Tiers count all sales since the license started.";
    }

    public NumberText numberText() {
        return text;
    }

    public ObjectProperty<Currency> currencyProperty() {
        return currency;
    }

    public ObjectProperty<RoyaltyBasis> basisProperty() {
        return basis;
    }

    public ObservableList<TierRow> tiers() {
        return tiers;
    }

    public ObjectProperty<TierMode> tierModeProperty() {
        return tierMode;
    }

    public ObjectProperty<TierReset> tierResetProperty() {
        return tierReset;
    }

    public StringProperty upfrontFeeProperty() {
        return upfrontFee;
    }

    public StringProperty advanceProperty() {
        return advance;
    }

    public StringProperty minimumAnnualProperty() {
        return minimumAnnual;
    }

    /** Empty for no cap. */
    public StringProperty annualCapProperty() {
        return annualCap;
    }

    /** The withholding rate as a percentage; empty for none. */
    public StringProperty withholdingProperty() {
        return withholding;
    }

    /** The day contract year 1 starts (the license's start); not shown by the editor. */
    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    /** The terms as typed, or null while anything is wrong. */
    public ReadOnlyObjectProperty<RoyaltyTerms> termsProperty() {
        return terms.getReadOnlyProperty();
    }

    /** Every problem as a {@link Problem} naming the terms field ({@code tiers[1].from}); empty when valid. */
    public List<Problem> problems() {
        return problems;
    }

    /** The problems as sentences for the fields, in field order. */
    public ObservableList<FormIssue> issues() {
        return readOnlyIssues;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** True when the fields differ from what was loaded. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }
}
