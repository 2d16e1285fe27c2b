package io.licensor.analytics.metrics;

import io.licensor.model.Asset;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.ReceiptKind;
import io.licensor.model.Valuation;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio metrics and risk flags of shared/spec/metrics.md, computed from an immutable portfolio as an
 * immutable {@link MetricsSnapshot}. One pass over the receipts groups them by license and books income; the royalty
 * engine then runs once per license over views of its receipts, so a million receipts cost well under a second.
 */
public final class PortfolioMetrics {
    /** Ratios are exact decimals to 16 significant digits. */
    static final MathContext RATIO = MathContext.DECIMAL64;

    private PortfolioMetrics() {}

    /**
     * Metrics as of {@code asOf}.
     *
     * @param portfolio the portfolio (not changed)
     * @param asOf      the as-of date A; the window is A minus 12 months (exclusive) to A (inclusive)
     */
    public static MetricsSnapshot compute(Portfolio portfolio, LocalDate asOf) {
        PortfolioIndex ix = new PortfolioIndex(portfolio, asOf);
        IncomeLedger ledger = IncomeLedger.compute(ix, ReceiptKind.values().length);
        List<AssetFigures> assets = new ArrayList<>(portfolio.assets().size());
        for (int a = 0; a < portfolio.assets().size(); a++) {
            assets.add(assetFigures(ix, ledger, a));
        }
        List<LicenseFigures> licenses = new ArrayList<>(portfolio.licenses().size());
        for (int k = 0; k < portfolio.licenses().size(); k++) {
            licenses.add(Expectations.of(ix, k));
        }
        PortfolioFigures totals = portfolioFigures(ix, ledger);
        List<RiskFlag> flags = RiskFlags.raise(ix, assets, licenses);
        return new MetricsSnapshot(asOf, ix.windowStart, portfolio.settings().reportingCurrency(), totals, assets,
                licenses, flags, ix.warnings);
    }

    private static AssetFigures assetFigures(PortfolioIndex ix, IncomeLedger ledger, int a) {
        Asset asset = ix.portfolio.assets().get(a);
        BigDecimal income = money(ix, ledger.income[a]);
        BigDecimal enforcement = money(ix, ledger.enforcement[a]);
        Map<ReceiptKind, BigDecimal> byKind = new EnumMap<>(ReceiptKind.class);
        for (ReceiptKind kind : ReceiptKind.values()) {
            byKind.put(kind, money(ix, ledger.incomeByKind[kind.ordinal()][a]));
        }
        return new AssetFigures(asset.id(), income, byKind, yieldOf(ix, asset, income), enforcement,
                ratio(enforcement, income));
    }

    private static BigDecimal yieldOf(PortfolioIndex ix, Asset asset, BigDecimal income) {
        Valuation latest = null;
        for (Valuation v : asset.valuations()) {
            if (!v.asOf().isAfter(ix.asOf) && (latest == null || !v.asOf().isBefore(latest.asOf()))) {
                latest = v;
            }
        }
        if (latest == null) {
            return null;
        }
        BigDecimal value = ix.fx.convert(latest.amount().amount(), latest.amount().currency(), latest.asOf());
        if (value == null) {
            ix.warnings.add(FxConverter.noRate("asset " + asset.id() + ": valuation of " + latest.asOf(),
                    latest.amount().currency(), latest.asOf()));
            return null;
        }
        return ratio(income, value);
    }

    private static PortfolioFigures portfolioFigures(PortfolioIndex ix, IncomeLedger ledger) {
        long income = 0;
        long enforcement = 0;
        for (int a = 0; a < ledger.income.length; a++) {
            income += ledger.income[a];
            enforcement += ledger.enforcement[a];
        }
        BigDecimal incomeMoney = money(ix, income);
        BigDecimal enforcementMoney = money(ix, enforcement);
        return new PortfolioFigures(incomeMoney, enforcementMoney, ratio(enforcementMoney, incomeMoney),
                renewalRate(ix), hhi(ledger.income, income));
    }

    private static BigDecimal renewalRate(PortfolioIndex ix) {
        int ended = 0;
        int renewed = 0;
        for (License l : ix.portfolio.licenses()) {
            if (l.end() != null && ix.inWindow(l.end())) {
                ended++;
                if (ix.isRenewed(l.id())) {
                    renewed++;
                }
            }
        }
        return ended == 0 ? null : BigDecimal.valueOf(renewed).divide(BigDecimal.valueOf(ended), RATIO);
    }

    /** Sum of squared income shares of the assets with positive income: sum(income_a^2) / total^2, exactly. */
    private static BigDecimal hhi(long[] incomes, long total) {
        if (total <= 0) {
            return null;
        }
        BigDecimal squares = BigDecimal.ZERO;
        for (long income : incomes) {
            if (income > 0) {
                BigDecimal x = BigDecimal.valueOf(income);
                squares = squares.add(x.multiply(x));
            }
        }
        BigDecimal t = BigDecimal.valueOf(total);
        return squares.divide(t.multiply(t), RATIO);
    }

    /** numerator / denominator to 16 significant digits; null when the denominator is 0. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, RATIO);
    }

    private static BigDecimal money(PortfolioIndex ix, long minorUnits) {
        return BigDecimal.valueOf(minorUnits, ix.fx.minorUnits());
    }
}
