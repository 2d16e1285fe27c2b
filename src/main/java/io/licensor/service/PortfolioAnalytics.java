package io.licensor.service;

import io.licensor.model.Asset;
import io.licensor.model.Portfolio;
import io.licensor.model.Valuation;
import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.service.dashboard.AssetDashboards;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboards;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The dashboards' use cases: read the portfolio once, compute the portfolio dashboard or an asset's dashboard from it
 * for any as-of date and discount rate (analytics does the figures), and store a valuation computed on an asset's
 * dashboard. Reading and computing take long on big portfolios: call them off the FX thread.
 */
public final class PortfolioAnalytics {
    private final PortfolioService service;

    public PortfolioAnalytics(PortfolioService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /** The whole portfolio, read once so that changing the as-of date or the rate needs no second read. */
    public Portfolio load() {
        return service.snapshot();
    }

    /** The portfolio dashboard of {@code portfolio} (from {@link #load()}). */
    public PortfolioDashboard dashboard(Portfolio portfolio, LocalDate asOf, BigDecimal discountRate) {
        return PortfolioDashboards.of(portfolio, asOf, discountRate);
    }

    /**
     * The dashboard of one asset of {@code portfolio}.
     *
     * @throws IllegalArgumentException when the asset is not in the portfolio
     */
    public AssetDashboard assetDashboard(Portfolio portfolio, String assetId, LocalDate asOf,
            BigDecimal discountRate) {
        return AssetDashboards.of(portfolio, assetId, asOf, discountRate);
    }

    /**
     * Adds {@code valuation} to the asset's valuations and stores it.
     *
     * @return the asset as it was before
     * @throws IllegalArgumentException when the asset is no longer in the portfolio
     */
    public Asset addValuation(String assetId, Valuation valuation) {
        Asset before = service.asset(assetId)
                .orElseThrow(() -> new IllegalArgumentException("there is no asset " + assetId + " any more"));
        List<Valuation> valuations = new ArrayList<>(before.valuations());
        valuations.add(valuation);
        service.saveAsset(before.withValuations(valuations));
        return before;
    }

    /**
     * Takes {@code valuation} (the last one equal to it) off the asset's valuations again, keeping every other change
     * made since: the undo of {@link #addValuation}. False when the asset or the valuation is gone already.
     */
    public boolean removeValuation(String assetId, Valuation valuation) {
        Asset current = service.asset(assetId).orElse(null);
        if (current == null) {
            return false;
        }
        List<Valuation> valuations = new ArrayList<>(current.valuations());
        int last = valuations.lastIndexOf(valuation);
        if (last < 0) {
            return false;
        }
        valuations.remove(last);
        service.saveAsset(current.withValuations(valuations));
        return true;
    }
}
