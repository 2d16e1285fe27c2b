package io.licensor.service.dashboard;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.FxConverter;
import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.LicenseValues;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.analytics.metrics.Yields;
import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import io.licensor.service.dashboard.AssetDashboard.AssetLicense;
import io.licensor.service.dashboard.AssetDashboard.LicenseIncome;
import io.licensor.service.dashboard.AssetDashboard.ReliefStart;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one asset's dashboard from a portfolio snapshot: a pure function like {@link PortfolioDashboards}; every
 * figure comes from analytics.
 */
public final class AssetDashboards {
    /** Where the relief-from-royalty calculator starts when the licensees reported no sales. */
    public static final BigDecimal DEFAULT_REVENUE = new BigDecimal("100000");
    public static final BigDecimal DEFAULT_ROYALTY_RATE = new BigDecimal("0.10");

    private AssetDashboards() {}

    /**
     * The dashboard of asset {@code assetId}.
     *
     * @throws IllegalArgumentException when the portfolio has no such asset
     */
    public static AssetDashboard of(Portfolio portfolio, String assetId, LocalDate asOf, BigDecimal discountRate) {
        Asset asset = portfolio.assets().stream().filter(a -> a.id().equals(assetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("there is no asset " + assetId + " any more"));
        List<License> covering = portfolio.licenses().stream().filter(l -> l.assetIds().contains(assetId)).toList();
        Set<String> coveringIds = new HashSet<>(covering.stream().map(License::id).toList());
        MetricsSnapshot metrics = PortfolioMetrics.compute(portfolio, asOf);
        List<IncomeHistory.Range> quarters = IncomeHistory.calendarQuarters(asOf, PortfolioDashboards.QUARTERS);
        IncomeHistory history = IncomeHistory.compute(portfolio, quarters, l -> coveringIds.contains(l.id()));
        LicenseValues.Result values = LicenseValues.compute(portfolio, asOf, discountRate,
                l -> coveringIds.contains(l.id()));
        List<AssetLicense> licenses = licenses(portfolio, asset, covering, metrics, values, asOf);
        BigDecimal npvOfActive = BigDecimal.ZERO.setScale(Money.minorUnits(values.reportingCurrency()));
        for (AssetLicense l : licenses) {
            if (l.active() && l.npvShare() != null) {
                npvOfActive = npvOfActive.add(l.npvShare());
            }
        }
        List<RiskFlag> flags = metrics.flags().stream().filter(f -> assetId.equals(f.assetId())
                || coveringIds.contains(f.licenseId())).toList();
        Set<String> warnings = new LinkedHashSet<>(metrics.warnings());
        warnings.addAll(history.warnings());
        warnings.addAll(values.warnings());
        AssetFigures figures = metrics.asset(assetId).orElseThrow();
        return new AssetDashboard(asOf, discountRate, metrics.reportingCurrency(), asset, figures,
                Yields.latest(asset, asOf), quarters, incomeByLicense(history, covering, assetId),
                Yields.trend(portfolio, assetId, Yields.quarterEndsThen(asOf, PortfolioDashboards.QUARTERS)),
                licenses, npvOfActive, PortfolioDashboards.flags(portfolio, flags),
                reliefStart(portfolio, asset, covering, asOf), List.copyOf(warnings));
    }

    private static List<LicenseIncome> incomeByLicense(IncomeHistory history, List<License> covering,
            String assetId) {
        List<LicenseIncome> out = new ArrayList<>(covering.size());
        for (License license : covering) {
            List<BigDecimal> perQuarter = new ArrayList<>();
            for (int q = 0; q < history.ranges().size(); q++) {
                perQuarter.add(history.share(license.id(), assetId, q));
            }
            out.add(new LicenseIncome(license.id(), license.licensee(), perQuarter));
        }
        return out;
    }

    private static List<AssetLicense> licenses(Portfolio portfolio, Asset asset, List<License> covering,
            MetricsSnapshot metrics, LicenseValues.Result values, LocalDate asOf) {
        Set<String> assetIds = new HashSet<>(portfolio.assets().stream().map(Asset::id).toList());
        Map<String, String> renewedBy = new HashMap<>();
        portfolio.licenses().stream().filter(l -> l.renewalOf() != null && !l.renewalOf().equals(l.id()))
                .forEach(l -> renewedBy.putIfAbsent(l.renewalOf(), l.id()));
        int minor = Money.minorUnits(values.reportingCurrency());
        List<AssetLicense> out = new ArrayList<>(covering.size());
        for (License license : covering) {
            LicenseFigures figures = metrics.license(license.id()).orElseThrow();
            LicenseValues.Value value = values.value(license.id()).orElse(null);
            BigDecimal share = null;
            if (value != null && value.npvConverted() != null) {
                // split like income: over the license's assets that are in the portfolio, in its order
                List<String> present = license.assetIds().stream().filter(assetIds::contains).toList();
                share = IncomeHistory.shareOf(value.npvConverted(), minor, present.size(),
                        present.indexOf(asset.id()));
            }
            out.add(new AssetLicense(license, license.isActiveOn(asOf), figures, value, share,
                    renewedBy.get(license.id())));
        }
        return out;
    }

    /**
     * The asset's share of its licensees' reported net sales over the trailing twelve months (ROYALTY receipts of
     * its per-sales licenses with periodEnd in the window, converted at the period's end) and, as the royalty rate,
     * the gross royalty paid on them over those sales.
     */
    static ReliefStart reliefStart(Portfolio portfolio, Asset asset, List<License> covering, LocalDate asOf) {
        FxConverter fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        IncomeHistory.Range window = IncomeHistory.Range.trailingYear(asOf);
        Set<String> assetIds = new HashSet<>(portfolio.assets().stream().map(Asset::id).toList());
        Map<String, License> bySales = new HashMap<>();
        covering.stream().filter(l -> l.terms().basis() == RoyaltyBasis.NET_SALES).forEach(l -> bySales.put(l.id(), l));
        BigDecimal sales = BigDecimal.ZERO;
        BigDecimal royalty = BigDecimal.ZERO;
        for (Receipt r : portfolio.receipts()) {
            License license = bySales.get(r.licenseId());
            if (license == null || r.kind() != ReceiptKind.ROYALTY || r.reportedSales() == null
                    || !window.contains(r.periodEnd())) {
                continue;
            }
            BigDecimal s = fx.convert(r.reportedSales(), license.terms().currency(), r.periodEnd());
            BigDecimal g = fx.convert(r.gross(), license.terms().currency(), r.periodEnd());
            if (s == null || g == null) {
                continue;
            }
            List<String> present = license.assetIds().stream().filter(assetIds::contains).toList();
            int position = present.indexOf(asset.id());
            sales = sales.add(IncomeHistory.shareOf(s, fx.minorUnits(), present.size(), position));
            royalty = royalty.add(IncomeHistory.shareOf(g, fx.minorUnits(), present.size(), position));
        }
        if (sales.signum() <= 0 || royalty.signum() <= 0 || royalty.compareTo(sales) > 0) {
            return new ReliefStart(DEFAULT_REVENUE, DEFAULT_ROYALTY_RATE, false);
        }
        // round numbers a slider can hold: whole currency units and tenths of a percent
        return new ReliefStart(sales.setScale(0, RoundingMode.HALF_EVEN),
                royalty.divide(sales, MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_EVEN), true);
    }
}
