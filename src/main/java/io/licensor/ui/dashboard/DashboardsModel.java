package io.licensor.ui.dashboard;

import io.licensor.service.PortfolioAnalytics;
import io.licensor.ui.assetdashboard.AssetDashboardModel;
import io.licensor.ui.assetdashboard.DashboardInputs;
import io.licensor.ui.assetdashboard.DecimalText;
import io.licensor.ui.common.PortfolioContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Dashboard section's presentation model: the shared inputs (as-of date, discount rate, the portfolio read), the
 * portfolio dashboard and one asset's dashboard, and which of the two is shown. Only the shown one is computed; the
 * other is marked out of date and computed when it is shown again. Holds no Node.
 */
public final class DashboardsModel {
    private final DashboardInputs inputs;
    private final DashboardModel portfolio;
    private final AssetDashboardModel asset;
    private final ReadOnlyObjectWrapper<String> shownAsset = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding loading;
    private boolean reloadPending;

    public DashboardsModel(PortfolioContext context, Supplier<LocalDate> today) {
        this.inputs = new DashboardInputs(new PortfolioAnalytics(context.service()), today);
        this.portfolio = new DashboardModel(inputs, context.work());
        this.asset = new AssetDashboardModel(inputs, context.work(), context.dialogs(), context.undo(), this::reload);
        this.loading = Bindings.createBooleanBinding(() -> shownAsset.get() == null
                ? portfolio.loadingProperty().get() : asset.loadingProperty().get(), shownAsset,
                portfolio.loadingProperty(), asset.loadingProperty());
        inputs.asOfProperty().addListener((obs, old, date) -> inputsChanged());
        inputs.discountRateProperty().addListener((obs, old, rate) -> inputsChanged());
    }

    /** Shows the portfolio dashboard, computing it when it is out of date. */
    public void showPortfolio() {
        shownAsset.set(null);
        if (portfolio.isStale()) {
            portfolio.refresh();
        }
    }

    /** Shows the dashboard of asset {@code id}. */
    public void showAsset(String id) {
        shownAsset.set(id);
        asset.open(id);
    }

    /**
     * Reads the portfolio again and recomputes what is shown: on entering the section (another section may have
     * changed the data) and after a valuation was saved or taken back.
     */
    public void reload() {
        reloadPending = false;
        inputs.forget();
        portfolio.markStale();
        asset.markStale();
        refreshShown();
    }

    /**
     * Reloads after the events of this pulse: when the section is entered to show an asset's dashboard, that request
     * comes right after and makes the reload unnecessary.
     */
    public void reloadSoon() {
        reloadPending = true;
        javafx.application.Platform.runLater(() -> {
            if (reloadPending) {
                reloadPending = false;
                reload();
            }
        });
    }

    /** Shows an asset's dashboard from the data as it is now (the section was entered from elsewhere). */
    public void showAssetFresh(String id) {
        reloadPending = false;
        inputs.forget();
        portfolio.markStale();
        showAsset(id);
    }

    private void inputsChanged() {
        portfolio.markStale();
        asset.markStale();
        refreshShown();
    }

    private void refreshShown() {
        if (shownAsset.get() == null) {
            portfolio.refresh();
        } else {
            asset.refresh();
        }
    }

    /**
     * Takes a typed discount rate ("8 %", "8,5"): empty when it was taken, else a sentence saying what to type.
     */
    public String applyDiscountRate(String text) {
        BigDecimal rate = DecimalText.percent(text);
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            return "Type a yearly rate from 0 to 100 %, e.g. 10 %";
        }
        if (inputs.discountRateProperty().get() == null || rate.compareTo(inputs.discountRateProperty().get()) != 0) {
            inputs.discountRateProperty().set(rate);
        }
        return "";
    }

    /** Goes back to today's date. */
    public void today() {
        inputs.asOfProperty().set(inputs.today());
    }

    public DashboardInputs inputs() {
        return inputs;
    }

    public DashboardModel portfolio() {
        return portfolio;
    }

    public AssetDashboardModel asset() {
        return asset;
    }

    /** The asset whose dashboard is shown; null while the portfolio dashboard is. */
    public ReadOnlyObjectProperty<String> shownAssetProperty() {
        return shownAsset.getReadOnlyProperty();
    }

    /** True while the shown dashboard is being computed. */
    public BooleanBinding loadingProperty() {
        return loading;
    }
}
