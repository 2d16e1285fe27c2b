package io.licensor.service;

import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** The risk flags of a portfolio (metrics.md "Risk flags"), for views that list or filter by them. */
public final class PortfolioRisks {
    private PortfolioRisks() {}

    /**
     * Every flag raised for the portfolio as of {@code asOf}, asset and license flags alike, sorted by code then id.
     * Reads a snapshot of the whole portfolio: call it off the FX thread.
     */
    public static List<RiskFlag> flags(PortfolioService service, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return PortfolioMetrics.compute(service.snapshot(), asOf).flags();
    }
}
