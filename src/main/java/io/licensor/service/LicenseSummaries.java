package io.licensor.service;

import io.licensor.analytics.metrics.FxConverter;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioMetrics;
import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link LicenseSummary} for every license of a portfolio: flags and figures come from analytics'
 * {@link PortfolioMetrics} (the same numbers the dashboards and {@code licensor metrics} show), conversions from its
 * {@link FxConverter}. Pure: works on a snapshot, so it can run off the FX thread.
 */
public final class LicenseSummaries {
    private LicenseSummaries() {}

    /** Summaries by license id, as of {@code asOf}. */
    public static Map<String, LicenseSummary> of(Portfolio portfolio, LocalDate asOf) {
        MetricsSnapshot metrics = PortfolioMetrics.compute(portfolio, asOf);
        FxConverter fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        Map<String, List<Receipt>> receipts = new HashMap<>();
        for (Receipt r : portfolio.receipts()) {
            receipts.computeIfAbsent(r.licenseId(), id -> new ArrayList<>()).add(r);
        }
        Map<String, List<RiskFlag>> flags = new HashMap<>();
        for (RiskFlag flag : metrics.flags()) {
            if (flag.licenseId() != null) {
                flags.computeIfAbsent(flag.licenseId(), id -> new ArrayList<>()).add(flag);
            }
        }
        Map<String, LicenseSummary> out = new HashMap<>();
        for (License license : portfolio.licenses()) {
            List<Receipt> own = receipts.getOrDefault(license.id(), List.of());
            LicenseFigures figures = metrics.license(license.id()).orElseThrow();
            out.put(license.id(), summary(license, own, figures, flags.getOrDefault(license.id(), List.of()), fx,
                    asOf));
        }
        return out;
    }

    private static LicenseSummary summary(License license, List<Receipt> receipts, LicenseFigures figures,
            List<RiskFlag> flags, FxConverter fx, LocalDate asOf) {
        Reported reported = reported(license, receipts, asOf);
        return new LicenseSummary(license.id(), license.terms().currency(), flags, receipts.size(),
                figures.expected(), figures.received(), figures.shortfall(),
                receivedInReporting(license, receipts, fx, asOf), reported.base, reported.until);
    }

    /** The same receipts as metrics.md's received, each converted at its receivedOn date and rounded, then summed. */
    private static BigDecimal receivedInReporting(License license, List<Receipt> receipts, FxConverter fx,
            LocalDate asOf) {
        BigDecimal sum = BigDecimal.ZERO.setScale(fx.minorUnits());
        for (Receipt r : receipts) {
            if (r.periodEnd().isAfter(asOf) || !countsAsReceived(r.kind())) {
                continue;
            }
            BigDecimal converted = fx.convert(r.gross(), license.terms().currency(), r.receivedOn());
            if (converted == null) {
                return null;
            }
            sum = sum.add(converted);
        }
        return sum;
    }

    private static boolean countsAsReceived(ReceiptKind kind) {
        return kind == ReceiptKind.ROYALTY || kind == ReceiptKind.MINIMUM_TOP_UP;
    }

    private record Reported(BigDecimal base, LocalDate until) {}

    /**
     * The twelve months of reports up to the latest one (not up to today): a licensee that reports late, or a
     * license that has ended, still gives its typical year of sales.
     */
    private static Reported reported(License license, List<Receipt> receipts, LocalDate asOf) {
        boolean units = license.terms().basis() == RoyaltyBasis.UNITS;
        LocalDate latest = null;
        for (Receipt r : receipts) {
            if (isReport(r, units, asOf) && (latest == null || r.periodEnd().isAfter(latest))) {
                latest = r.periodEnd();
            }
        }
        if (latest == null) {
            return new Reported(null, null);
        }
        LocalDate after = latest.minusMonths(12);
        BigDecimal base = BigDecimal.ZERO;
        for (Receipt r : receipts) {
            if (isReport(r, units, asOf) && r.periodEnd().isAfter(after)) {
                base = base.add(units ? r.reportedUnits() : r.reportedSales());
            }
        }
        return new Reported(base, latest);
    }

    private static boolean isReport(Receipt r, boolean units, LocalDate asOf) {
        return r.kind() == ReceiptKind.ROYALTY && !r.periodEnd().isAfter(asOf)
                && (units ? r.reportedUnits() : r.reportedSales()) != null;
    }
}
