package io.licensor.service;

import io.licensor.analytics.metrics.FxConverter;
import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Under-payment reconciliation: for every license, each ROYALTY receipt with reported sales (units for a UNITS
 * license) is one period of the royalty engine, in periodEnd order, exactly as metrics.md defines {@code expected};
 * each receipt is then checked against its period's payable (minimum top-ups included, the advance recouped). The
 * per-license totals are metrics.md's expected, received and shortfall for the same as-of date. Built from an
 * immutable portfolio as an immutable value ({@link #of}); pure and thread-safe, so it runs off the FX thread.
 * See docs/decisions/0065-reconciliation-per-receipt.md for the choices the spec leaves open.
 */
public final class Reconciliation {
    private final LocalDate asOf;
    private final Currency reportingCurrency;
    private final List<LicenseReconciliation> licenses;
    private final Map<String, LicenseReconciliation> byLicense = new HashMap<>();
    private final Overall overall;
    private final List<String> warnings;

    /**
     * The totals of every license in the reporting currency, each license's figures converted at the latest rate on
     * or before the as-of date. Licenses whose currency has no such rate are left out and named in {@code leftOut}.
     *
     * @param shortPeriods   periods paid short, over all licenses
     * @param licensesShort  licenses with at least one short period
     */
    public record Overall(Currency currency, BigDecimal expected, BigDecimal received, BigDecimal shortfall,
            BigDecimal net, int shortPeriods, int licensesShort, List<String> leftOut) {
        public Overall {
            leftOut = List.copyOf(leftOut);
        }
    }

    private Reconciliation(LocalDate asOf, Currency reportingCurrency, List<LicenseReconciliation> licenses,
            List<String> warnings) {
        this.asOf = asOf;
        this.reportingCurrency = reportingCurrency;
        this.licenses = List.copyOf(licenses);
        for (LicenseReconciliation l : licenses) {
            byLicense.put(l.licenseId(), l);
        }
        this.overall = overall(reportingCurrency, licenses);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reconciles every license of the portfolio as of {@code asOf}: receipts whose period ends after it are listed
     * as not due yet and left out of every total.
     */
    public static Reconciliation of(Portfolio portfolio, LocalDate asOf) {
        Map<String, List<Receipt>> byLicense = new LinkedHashMap<>();
        for (License l : portfolio.licenses()) {
            byLicense.put(l.id(), new ArrayList<>());
        }
        List<String> warnings = new ArrayList<>();
        for (Receipt r : portfolio.receipts()) {
            List<Receipt> mine = byLicense.get(r.licenseId());
            if (mine == null) {
                warnings.add("receipt " + r.id() + ": its license " + r.licenseId() + " is not in the portfolio");
            } else {
                mine.add(r);
            }
        }
        FxConverter fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        List<LicenseReconciliation> out = new ArrayList<>(portfolio.licenses().size());
        for (License l : portfolio.licenses()) {
            LicenseReconciliation done = LicenseReconciler.reconcile(l, byLicense.get(l.id()), asOf, fx);
            out.add(done);
            warnings.addAll(done.warnings());
        }
        return new Reconciliation(asOf, portfolio.settings().reportingCurrency(), out, warnings);
    }

    private static Overall overall(Currency reporting, List<LicenseReconciliation> licenses) {
        BigDecimal zero = BigDecimal.ZERO.setScale(io.licensor.model.Money.minorUnits(reporting));
        BigDecimal expected = zero;
        BigDecimal received = zero;
        BigDecimal shortfall = zero;
        BigDecimal net = zero;
        int shortPeriods = 0;
        int licensesShort = 0;
        List<String> leftOut = new ArrayList<>();
        for (LicenseReconciliation l : licenses) {
            LicenseTotals t = l.totals();
            shortPeriods += t.shortPeriods();
            licensesShort += t.shortPeriods() > 0 ? 1 : 0;
            LicenseTotals.Converted c = t.inReporting();
            if (c == null || c.expected() == null) {
                leftOut.add(l.licenseId());
                continue;
            }
            expected = expected.add(c.expected());
            received = received.add(c.received());
            shortfall = shortfall.add(c.shortfall());
            net = net.add(c.net());
        }
        return new Overall(reporting, expected, received, shortfall, net, shortPeriods, licensesShort, leftOut);
    }

    /** The as-of date: periods ending after it are not counted. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The portfolio's reporting currency. */
    public Currency reportingCurrency() {
        return reportingCurrency;
    }

    /** Every license, in the portfolio's order. */
    public List<LicenseReconciliation> licenses() {
        return licenses;
    }

    /** One license's reconciliation. */
    public Optional<LicenseReconciliation> license(String id) {
        return Optional.ofNullable(byLicense.get(id));
    }

    /**
     * One receipt's reconciliation, looked for among every license's receipts (no index by receipt id is kept: at a
     * million receipts it cost some 40 MB). Prefer {@link #receipt(String, String)} when the license is known.
     */
    public Optional<ReconciledReceipt> receipt(String id) {
        return licenses.stream().flatMap(l -> l.receipts().stream()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** One receipt's reconciliation, looked for among its license's receipts. */
    public Optional<ReconciledReceipt> receipt(String licenseId, String id) {
        return license(licenseId).flatMap(l -> l.receipts().stream().filter(r -> r.id().equals(id)).findFirst());
    }

    /** The totals over every license, in the reporting currency. */
    public Overall overall() {
        return overall;
    }

    /** Sentences about data taken as given or left out (no exchange rate, a period before the start ...). */
    public List<String> warnings() {
        return warnings;
    }
}
