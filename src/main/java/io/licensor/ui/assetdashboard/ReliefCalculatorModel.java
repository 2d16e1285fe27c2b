package io.licensor.ui.assetdashboard;

import io.licensor.analytics.pricing.ReliefFromRoyalty;
import io.licensor.model.Money;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import io.licensor.service.PortfolioAnalytics;
import io.licensor.service.dashboard.AssetDashboard.ReliefStart;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.UndoStack;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relief-from-royalty calculator of an asset's dashboard: six inputs (revenue per year, royalty rate, tax rate,
 * years, discount rate, terminal growth), the value computed by analytics' {@link ReliefFromRoyalty} on every change
 * (microseconds, so on the FX thread), and saving that value as a valuation of the asset after a confirmation, with
 * undo. The revenue is the same every year (decision 0079). Holds no Node.
 */
public final class ReliefCalculatorModel {
    private static final Logger LOG = LoggerFactory.getLogger(ReliefCalculatorModel.class);
    public static final BigDecimal DEFAULT_TAX = new BigDecimal("0.25");
    public static final BigDecimal DEFAULT_YEARS = BigDecimal.valueOf(5);
    public static final BigDecimal DEFAULT_DISCOUNT = new BigDecimal("0.15");
    public static final BigDecimal DEFAULT_GROWTH = new BigDecimal("0.02");

    private final PortfolioAnalytics analytics;
    private final Dialogs dialogs;
    private final UndoStack undo;
    private final Supplier<java.time.LocalDate> today;
    private final Runnable changed;
    private final ObjectProperty<BigDecimal> revenue = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> royaltyRate = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectProperty<BigDecimal> taxRate = new SimpleObjectProperty<>(DEFAULT_TAX);
    private final ObjectProperty<BigDecimal> years = new SimpleObjectProperty<>(DEFAULT_YEARS);
    private final ObjectProperty<BigDecimal> discountRate = new SimpleObjectProperty<>(DEFAULT_DISCOUNT);
    private final ObjectProperty<BigDecimal> terminalGrowth = new SimpleObjectProperty<>(DEFAULT_GROWTH);
    private final BooleanProperty withTerminalValue = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ReliefFromRoyalty.Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private String assetId;
    private Currency currency = Currency.getInstance("USD");

    /**
     * @param changed run after a valuation was saved or taken back (the dashboards read the portfolio again)
     */
    public ReliefCalculatorModel(PortfolioAnalytics analytics, Dialogs dialogs, UndoStack undo,
            Supplier<java.time.LocalDate> today, Runnable changed) {
        this.analytics = Objects.requireNonNull(analytics, "analytics");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.undo = Objects.requireNonNull(undo, "undo");
        this.today = Objects.requireNonNull(today, "today");
        this.changed = Objects.requireNonNull(changed, "changed");
        for (var input : new javafx.beans.Observable[] {revenue, royaltyRate, taxRate, years, discountRate,
                terminalGrowth, withTerminalValue}) {
            input.addListener(o -> compute());
        }
    }

    /** Starts over for an asset: its revenue and royalty rate, the default tax, years, rate and growth. */
    public void start(String asset, Currency reporting, ReliefStart start) {
        this.assetId = asset;
        this.currency = reporting;
        revenue.set(start.revenue());
        royaltyRate.set(start.royaltyRate());
        taxRate.set(DEFAULT_TAX);
        years.set(DEFAULT_YEARS);
        discountRate.set(DEFAULT_DISCOUNT);
        terminalGrowth.set(DEFAULT_GROWTH);
        withTerminalValue.set(false);
        compute();
    }

    /** The calculation's inputs as analytics takes them. */
    public ReliefFromRoyalty.Input input() {
        int n = years.get().intValue();
        return new ReliefFromRoyalty.Input(currency, java.util.Collections.nCopies(Math.max(n, 0), revenue.get()),
                royaltyRate.get(), taxRate.get(), discountRate.get(),
                withTerminalValue.get() ? terminalGrowth.get() : null);
    }

    private void compute() {
        if (years.get().signum() <= 0 || years.get().stripTrailingZeros().scale() > 0) {
            result.set(null);
            problem.set("The number of years must be a whole number of at least 1.");
            return;
        }
        try {
            result.set(ReliefFromRoyalty.value(input()));
            problem.set("");
        } catch (IllegalArgumentException e) {
            // analytics names what it cannot use; say it as a sentence
            result.set(null);
            String why = e.getMessage();
            problem.set(Character.toUpperCase(why.charAt(0)) + why.substring(1) + ".");
        }
    }

    /** The value as money, null while the inputs are refused. */
    public Money value() {
        ReliefFromRoyalty.Result r = result.get();
        return r == null ? null : new Money(r.value(), currency);
    }

    /**
     * Asks, then stores the value as a valuation of the asset (method relief from royalty, as of today) and puts the
     * undo on Edit > Undo. True when it was stored.
     */
    public boolean save() {
        Money value = value();
        if (value == null || assetId == null) {
            return false;
        }
        java.time.LocalDate day = today.get();
        if (!dialogs.confirm("Save valuation", "Save " + Formats.money(value) + " as a valuation of " + assetId + "?",
                "Method: relief from royalty, as of " + day + " (today). " + describe()
                        + "\nFrom today the asset's yield is measured against this value.", "Save valuation")) {
            return false;
        }
        Valuation valuation = new Valuation(day, value, ValuationMethod.RELIEF_FROM_ROYALTY);
        String asset = assetId;
        try {
            analytics.addValuation(asset, valuation);
        } catch (RuntimeException e) {
            LOG.warn("Saving a valuation of {} failed", asset, e);
            dialogs.showError("Save valuation", "The valuation of " + asset + " could not be saved.",
                    e.getMessage());
            return false;
        }
        undo.push("Undo valuation of " + asset, () -> {
            analytics.removeValuation(asset, valuation);
            changed.run();
            return true;
        });
        changed.run();
        return true;
    }

    /** The inputs in one sentence, for the confirmation. */
    public String describe() {
        return "Revenue " + Formats.money(new Money(revenue.get(), currency)) + " a year for " + years.get()
                + " years, royalty rate " + Formats.percent(royaltyRate.get()) + ", tax " + Formats.percent(
                taxRate.get()) + ", discount rate " + Formats.percent(discountRate.get())
                + (withTerminalValue.get() ? ", then growing " + Formats.percent(terminalGrowth.get())
                        + " a year forever" : ", no value after the last year") + ".";
    }

    public ObjectProperty<BigDecimal> revenueProperty() {
        return revenue;
    }

    public ObjectProperty<BigDecimal> royaltyRateProperty() {
        return royaltyRate;
    }

    public ObjectProperty<BigDecimal> taxRateProperty() {
        return taxRate;
    }

    /** Whole years, as a number. */
    public ObjectProperty<BigDecimal> yearsProperty() {
        return years;
    }

    public ObjectProperty<BigDecimal> discountRateProperty() {
        return discountRate;
    }

    public ObjectProperty<BigDecimal> terminalGrowthProperty() {
        return terminalGrowth;
    }

    /** Whether the last year's saving continues forever, growing at the terminal growth. */
    public BooleanProperty withTerminalValueProperty() {
        return withTerminalValue;
    }

    public ReadOnlyObjectProperty<ReliefFromRoyalty.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Empty, or why the inputs are refused. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Currency currency() {
        return currency;
    }

    public String assetId() {
        return assetId;
    }
}
