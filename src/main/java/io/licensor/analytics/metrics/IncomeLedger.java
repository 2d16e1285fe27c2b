package io.licensor.analytics.metrics;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Licensing income and net enforcement cost per asset over the window, in minor units of the reporting currency:
 * each amount converted and rounded on its own, then split over the assets (metrics.md, "Attribution").
 */
final class IncomeLedger {
    /** Per asset, per receipt kind (ordinal). */
    final long[][] incomeByKind;
    final long[] income;
    final long[] enforcement;

    private IncomeLedger(int assets, int kinds) {
        incomeByKind = new long[kinds][assets];
        income = new long[assets];
        enforcement = new long[assets];
    }

    static IncomeLedger compute(PortfolioIndex ix, int kinds) {
        IncomeLedger ledger = new IncomeLedger(ix.portfolio.assets().size(), kinds);
        PortfolioColumns c = ix.columns;
        List<Receipt> receipts = ix.portfolio.receipts();
        int from = c.receivedAfter(ix.windowStart.toEpochDay());
        int to = c.receivedAfter(ix.asOf.toEpochDay());
        List<Integer> noRate = new ArrayList<>(); // receipts without an exchange rate: rare
        for (int i = from; i < to; i++) {
            int r = c.byReceivedDay[i];
            long net = c.netMinor[r];
            if (net == PortfolioColumns.NO_RATE) {
                noRate.add(r);
                continue;
            }
            int k = c.receiptLicense[r];
            PortfolioIndex.split(net, ix.licenseAssets[k], ledger.incomeByKind[receipts.get(r).kind().ordinal()]);
        }
        warnNoRate(ix, noRate);
        for (long[] byKind : ledger.incomeByKind) {
            for (int a = 0; a < byKind.length; a++) {
                ledger.income[a] += byKind[a];
            }
        }
        for (EnforcementEntry e : ix.portfolio.enforcement()) {
            ledger.addEnforcement(ix, e);
        }
        return ledger;
    }

    private void addEnforcement(PortfolioIndex ix, EnforcementEntry e) {
        if (!ix.inWindow(e.date())) {
            return;
        }
        int[] assets;
        if (e.assetId() != null) {
            Integer a = ix.assetIndex.get(e.assetId());
            assets = a == null ? new int[0] : new int[] {a};
        } else {
            Integer k = ix.licenseIndex.get(e.licenseId());
            assets = k == null ? new int[0] : ix.licenseAssets[k];
        }
        if (assets.length == 0) {
            ix.warnings.add("enforcement entry " + e.id() + ": names no asset of the portfolio; it is left out");
            return;
        }
        BigDecimal converted = ix.fx.convert(e.netCost(), e.currency(), e.date());
        if (converted == null) {
            ix.warnings.add(FxConverter.noRate("enforcement entry " + e.id(), e.currency(), e.date()));
            return;
        }
        PortfolioIndex.split(minor(converted, ix), assets, enforcement);
    }

    /** Warnings for the receipts without an exchange rate, in the portfolio's order. */
    static void warnNoRate(PortfolioIndex ix, List<Integer> receiptsWithoutRate) {
        receiptsWithoutRate.sort(null);
        for (int r : receiptsWithoutRate) {
            Receipt receipt = ix.portfolio.receipts().get(r);
            Currency currency = ix.portfolio.licenses().get(ix.receiptLicense[r]).terms().currency();
            ix.warnings.add(FxConverter.noRate("receipt " + receipt.id(), currency, receipt.receivedOn()));
        }
    }

    /** A converted (already rounded) amount as a count of minor units. */
    static long minor(BigDecimal rounded, PortfolioIndex ix) {
        return minor(rounded, ix.fx.minorUnits());
    }

    /** A converted (already rounded) amount as a count of minor units. */
    static long minor(BigDecimal rounded, int minorUnits) {
        return rounded.movePointRight(minorUnits).longValueExact();
    }
}
