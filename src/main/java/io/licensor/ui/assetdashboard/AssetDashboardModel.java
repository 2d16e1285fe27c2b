package io.licensor.ui.assetdashboard;

import io.licensor.model.Portfolio;
import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.ui.common.BackgroundWork;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.UndoStack;
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
 * One asset's dashboard as a presentation model: which asset, its dashboard computed in the background for the
 * shared as-of date and discount rate (a late result for an older request is dropped), its tiles, and its
 * relief-from-royalty calculator. Holds no Node.
 */
public final class AssetDashboardModel {
    private static final Logger LOG = LoggerFactory.getLogger(AssetDashboardModel.class);

    private record Computed(Portfolio portfolio, AssetDashboard dashboard) {}

    private final DashboardInputs inputs;
    private final BackgroundWork work;
    private final ReliefCalculatorModel relief;
    private final ReadOnlyStringWrapper assetId = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<AssetDashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ObservableList<Kpi> kpis = FXCollections.observableArrayList();
    private long generation;
    private boolean stale = true;

    /**
     * @param saved run after a valuation was saved or taken back: the portfolio must be read again
     */
    public AssetDashboardModel(DashboardInputs inputs, BackgroundWork work, Dialogs dialogs, UndoStack undo,
            Runnable saved) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.work = Objects.requireNonNull(work, "work");
        this.relief = new ReliefCalculatorModel(inputs.analytics(), dialogs, undo, inputs::today, saved);
    }

    /** Shows asset {@code id}: computes its dashboard. FX thread. */
    public void open(String id) {
        assetId.set(Objects.requireNonNull(id, "id"));
        refresh();
    }

    /** Computes the dashboard of the current asset again. */
    public void refresh() {
        String id = assetId.get();
        if (id == null) {
            return;
        }
        long request = ++generation;
        stale = false;
        loading.set(true);
        Supplier<Portfolio> source = inputs.portfolioSource();
        LocalDate asOf = inputs.asOfProperty().get();
        BigDecimal rate = inputs.discountRateProperty().get();
        var analytics = inputs.analytics();
        work.run("Computing the dashboard of " + id + "...", () -> {
            Portfolio portfolio = source.get();
            return new Computed(portfolio, analytics.assetDashboard(portfolio, id, asOf, rate));
        }, computed -> {
            if (request != generation) {
                return;
            }
            inputs.keep(computed.portfolio());
            AssetDashboard previous = dashboard.get();
            AssetDashboard next = computed.dashboard();
            if (previous == null || !previous.asset().id().equals(next.asset().id())) {
                relief.start(next.asset().id(), next.currency(), next.relief());
            }
            kpis.setAll(AssetKpis.of(next));
            dashboard.set(next);
            failure.set("");
            loading.set(false);
        }, error -> {
            if (request != generation) {
                return;
            }
            if (!(error instanceof IllegalArgumentException)) {
                LOG.error("The dashboard of {} could not be computed", id, error);
            }
            failure.set(error instanceof IllegalArgumentException ? "The dashboard of " + id + " cannot be shown: "
                    + error.getMessage() + "." : "The dashboard of " + id + " could not be computed: "
                    + error.getMessage() + ". The details are in the log file.");
            loading.set(false);
        });
    }

    public void markStale() {
        stale = true;
    }

    public boolean isStale() {
        return stale;
    }

    public ReadOnlyStringProperty assetIdProperty() {
        return assetId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssetDashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    public ObservableList<Kpi> kpis() {
        return kpis;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReliefCalculatorModel relief() {
        return relief;
    }

    public DashboardInputs inputs() {
        return inputs;
    }
}
