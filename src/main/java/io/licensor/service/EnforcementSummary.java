package io.licensor.service;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.EnforcementTotals;
import io.licensor.analytics.metrics.FxConverter;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioFigures;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskCode;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.Asset;
import io.licensor.model.EnforcementEntry;
import io.licensor.model.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the Enforcement section shows beside the entries, all in the reporting currency: per asset the all-time
 * totals ({@link EnforcementTotals}) next to metrics.md's twelve-month figures (net enforcement cost, licensing
 * income, their ratio, the ENFORCEMENT_EXCEEDS_INCOME flag), the portfolio's figures, and each entry's net cost
 * converted at its date. Nothing is computed twice: the figures come from analytics. Immutable.
 */
public final class EnforcementSummary {

    /**
     * One asset's figures.
     *
     * @param entries              entries attributed to it (whole or in part), all time
     * @param cost                 attributed cost, all time
     * @param recovered            attributed recoveries, all time
     * @param net                  cost - recovered, all time
     * @param netLastTwelveMonths  metrics' netEnforcementCost (the window ending on the as-of date)
     * @param incomeLastTwelveMonths metrics' licensingIncome
     * @param costRatio            metrics' enforcementCostRatio; null when the income is 0
     * @param exceedsIncome        metrics raised ENFORCEMENT_EXCEEDS_INCOME for it
     */
    public record AssetRow(String assetId, String title, int entries, BigDecimal cost, BigDecimal recovered,
            BigDecimal net, BigDecimal netLastTwelveMonths, BigDecimal incomeLastTwelveMonths, BigDecimal costRatio,
            boolean exceedsIncome) {}

    private final LocalDate asOf;
    private final Currency reportingCurrency;
    private final List<AssetRow> assets;
    private final PortfolioFigures portfolio;
    private final Map<String, BigDecimal> entryNet;
    private final FxConverter fx;
    private final List<String> warnings;

    private EnforcementSummary(LocalDate asOf, Currency reportingCurrency, List<AssetRow> assets,
            PortfolioFigures portfolio, Map<String, BigDecimal> entryNet, FxConverter fx, List<String> warnings) {
        this.asOf = asOf;
        this.reportingCurrency = reportingCurrency;
        this.assets = List.copyOf(assets);
        this.portfolio = portfolio;
        this.entryNet = Map.copyOf(entryNet);
        this.fx = fx;
        this.warnings = List.copyOf(warnings);
    }

    /** The figures of the portfolio as of {@code asOf}. */
    public static EnforcementSummary of(Portfolio p, LocalDate asOf) {
        MetricsSnapshot metrics = PortfolioMetrics.compute(p, asOf);
        EnforcementTotals totals = EnforcementTotals.compute(p, asOf);
        Set<String> exceeding = new LinkedHashSet<>();
        for (RiskFlag f : metrics.flags()) {
            if (f.code() == RiskCode.ENFORCEMENT_EXCEEDS_INCOME) {
                exceeding.add(f.subjectId());
            }
        }
        List<AssetRow> rows = new ArrayList<>(p.assets().size());
        for (int a = 0; a < p.assets().size(); a++) {
            Asset asset = p.assets().get(a);
            EnforcementTotals.AssetTotals all = totals.assets().get(a);
            AssetFigures window = metrics.assets().get(a);
            rows.add(new AssetRow(asset.id(), asset.title(), all.entries(), all.cost(), all.recovered(), all.net(),
                    window.netEnforcementCost(), window.licensingIncome(), window.enforcementCostRatio(),
                    exceeding.contains(asset.id())));
        }
        FxConverter fx = new FxConverter(p.settings().reportingCurrency(), p.fxRates());
        Map<String, BigDecimal> net = new HashMap<>();
        for (EnforcementEntry e : p.enforcement()) {
            BigDecimal converted = fx.convert(e.netCost(), e.currency(), e.date());
            if (converted != null) {
                net.put(e.id(), converted);
            }
        }
        List<String> warnings = new ArrayList<>(totals.warnings());
        return new EnforcementSummary(asOf, p.settings().reportingCurrency(), rows, metrics.portfolio(), net, fx,
                warnings);
    }

    /** The as-of date of the figures. */
    public LocalDate asOf() {
        return asOf;
    }

    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /** Every asset, in the portfolio's order. */
    public List<AssetRow> assets() {
        return assets;
    }

    /** The assets that have at least one entry attributed to them. */
    public List<AssetRow> assetsWithEntries() {
        return assets.stream().filter(a -> a.entries() > 0).toList();
    }

    public Optional<AssetRow> asset(String id) {
        return assets.stream().filter(a -> a.assetId().equals(id)).findFirst();
    }

    /** The portfolio's twelve-month figures (metrics.md). */
    public PortfolioFigures portfolio() {
        return portfolio;
    }

    /** All-time net cost over every asset (the sum of the rows). */
    public BigDecimal totalNet() {
        return assets.stream().map(AssetRow::net).reduce(BigDecimal.ZERO.setScale(
                io.licensor.model.Money.minorUnits(reportingCurrency)), BigDecimal::add);
    }

    /** The entry's cost - recovered in the reporting currency at its date; empty when there is no rate. */
    public Optional<BigDecimal> netInReporting(String entryId) {
        return Optional.ofNullable(entryNet.get(entryId));
    }

    /** True when an amount in {@code currency} dated {@code date} can be put in the reporting currency. */
    public boolean hasRate(Currency currency, LocalDate date) {
        return fx.convert(BigDecimal.ZERO, currency, date) != null;
    }

    /** Entries left out of the totals, each with the reason. */
    public List<String> warnings() {
        return warnings;
    }
}
