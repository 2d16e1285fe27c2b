package io.licensor.ui.assetdashboard;

import io.licensor.model.Portfolio;
import io.licensor.service.PortfolioAnalytics;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What both dashboards compute from: the as-of date (default today), the NPV discount rate, and the portfolio read
 * once from the database and kept until something may have changed it (another section was used, a valuation was
 * saved). Changing the date or the rate therefore costs a computation, not a read. FX thread only.
 */
public final class DashboardInputs {
    /** The NPV discount rate a dashboard starts with (decision 0076). */
    public static final BigDecimal DEFAULT_DISCOUNT_RATE = new BigDecimal("0.10");

    private final PortfolioAnalytics analytics;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> discountRate = new SimpleObjectProperty<>(DEFAULT_DISCOUNT_RATE);
    private Portfolio portfolio;

    public DashboardInputs(PortfolioAnalytics analytics, Supplier<LocalDate> today) {
        this.analytics = Objects.requireNonNull(analytics, "analytics");
        this.today = Objects.requireNonNull(today, "today");
        asOf.set(today.get());
    }

    public PortfolioAnalytics analytics() {
        return analytics;
    }

    public LocalDate today() {
        return today.get();
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    /** The annual discount rate of the NPV figures, a fraction (0.10 = 10 %). */
    public ObjectProperty<BigDecimal> discountRateProperty() {
        return discountRate;
    }

    /** The portfolio read last, or null when it must be read (again). */
    public Portfolio portfolio() {
        return portfolio;
    }

    /** Keeps a portfolio read in the background for the next computations. */
    public void keep(Portfolio read) {
        this.portfolio = read;
    }

    /** Forgets the portfolio read so the next computation reads it again. */
    public void forget() {
        this.portfolio = null;
    }

    /**
     * The work for a background thread: the kept portfolio, or a fresh read when none is kept. Call on the FX thread;
     * run the result's {@code get()} in the background.
     */
    public Supplier<Portfolio> portfolioSource() {
        Portfolio kept = portfolio;
        return kept != null ? () -> kept : analytics::load;
    }
}
