package io.licensor.ui.dashboard;

import io.licensor.model.Portfolio;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.ui.assetdashboard.DashboardInputs;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.common.BackgroundWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The portfolio dashboard's presentation model: computes the dashboard in the background for the inputs' as-of date
 * and discount rate, and holds the result, the tiles and whether it is still computing. A result that arrives after a
 * newer request was made is dropped, so the screen always ends on the latest date chosen. Holds no Node.
 */
public final class DashboardModel {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardModel.class);

    private record Computed(Portfolio portfolio, PortfolioDashboard dashboard) {}

    private final DashboardInputs inputs;
    private final BackgroundWork work;
    private final ReadOnlyObjectWrapper<PortfolioDashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private long generation;
    private boolean stale = true;

    public DashboardModel(DashboardInputs inputs, BackgroundWork work) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Computes the dashboard again (reading the portfolio first when none is kept). FX thread. */
    public void refresh() {
        long request = ++generation;
        stale = false;
        loading.set(true);
        Supplier<Portfolio> source = inputs.portfolioSource();
        LocalDate asOf = inputs.asOfProperty().get();
        BigDecimal rate = inputs.discountRateProperty().get();
        var analytics = inputs.analytics();
        work.run("Computing the dashboard...", () -> {
            Portfolio portfolio = source.get();
            return new Computed(portfolio, analytics.dashboard(portfolio, asOf, rate));
        }, computed -> {
            if (request != generation) {
                return;
            }
            inputs.keep(computed.portfolio());
            kpis.setAll(PortfolioKpis.of(computed.dashboard()));
            dashboard.set(computed.dashboard());
            failure.set("");
            loading.set(false);
        }, error -> {
            if (request != generation) {
                return;
            }
            LOG.error("The dashboard could not be computed", error);
            failure.set("The dashboard could not be computed: " + error.getMessage()
                    + ". The details are in the log file.");
            loading.set(false);
        });
    }

    /** Marks the figures out of date (the inputs changed while another view was shown). */
    public void markStale() {
        stale = true;
    }

    public boolean isStale() {
        return stale;
    }

    public DashboardInputs inputs() {
        return inputs;
    }

    /** The latest dashboard computed, null before the first. */
    public ReadOnlyObjectProperty<PortfolioDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** The tiles of the latest dashboard, in their order on screen. */
    public ObservableList<Kpi> kpis() {
        return FXCollections.unmodifiableObservableList(kpis);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Empty, or a sentence saying the last computation failed. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
