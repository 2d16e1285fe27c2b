package io.licensor.service;

import io.licensor.analytics.PeriodLocator;
import io.licensor.analytics.PeriodSeries;
import io.licensor.analytics.RoyaltyEngine;
import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.metrics.FxConverter;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciles one license: its reported royalty periods go through the royalty engine in periodEnd order (ties in the
 * portfolio's order), exactly as metrics.md defines {@code expected}, and each receipt is then checked against its
 * period's payable.
 */
final class LicenseReconciler {
    private final License license;
    private final List<Receipt> receipts;
    private final LocalDate asOf;
    private final boolean units;
    private final int scale;
    private final BigDecimal tolerance;
    private final List<String> warnings = new ArrayList<>();
    /** Positions (in {@link #receipts}) of the reported royalty periods, in engine order. */
    private final List<Integer> periods = new ArrayList<>();
    /** Engine period index of a receipt position. */
    private final Map<Integer, Integer> periodOf = new HashMap<>();
    /** Top-up receipt positions credited to each engine period. */
    private final Map<Integer, List<Integer>> topUpsOf = new HashMap<>();
    /** Engine period a top-up receipt position is credited to. */
    private final Map<Integer, Integer> creditOf = new HashMap<>();

    private LicenseReconciler(License license, List<Receipt> receipts, LocalDate asOf) {
        this.license = license;
        this.receipts = receipts;
        this.asOf = asOf;
        this.units = license.terms().basis() == RoyaltyBasis.UNITS;
        this.scale = Money.minorUnits(license.terms().currency());
        this.tolerance = BigDecimal.ONE;
    }

    /** The license's reconciliation; {@code receipts} are its receipts in the portfolio's order. */
    static LicenseReconciliation reconcile(License license, List<Receipt> receipts, LocalDate asOf, FxConverter fx) {
        return new LicenseReconciler(license, receipts, asOf).run(fx);
    }

    private LicenseReconciliation run(FxConverter fx) {
        collectPeriods();
        RoyaltySchedule schedule = schedule();
        if (schedule != null) {
            creditTopUps();
        }
        List<ReconciledReceipt> rows = new ArrayList<>(receipts.size());
        for (int i = 0; i < receipts.size(); i++) {
            rows.add(row(i, schedule));
        }
        LicenseTotals totals = Totals.of(license, rows, schedule, asOf, fx, warnings);
        return new LicenseReconciliation(license, rows, totals, warnings);
    }

    private void collectPeriods() {
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            if (r.kind() == ReceiptKind.ROYALTY && counted(r) && base(r) != null) {
                periods.add(i);
            }
        }
        // List.sort is stable: equal period ends keep the portfolio's order, as metrics does
        periods.sort(Comparator.comparing(i -> receipts.get(i).periodEnd()));
        for (int k = 0; k < periods.size(); k++) {
            periodOf.put(periods.get(k), k);
        }
    }

    private boolean counted(Receipt r) {
        return !r.periodEnd().isAfter(asOf);
    }

    private BigDecimal base(Receipt r) {
        return units ? r.reportedUnits() : r.reportedSales();
    }

    private RoyaltySchedule schedule() {
        RoyaltyEngine engine;
        try {
            engine = RoyaltyEngine.of(license.terms());
        } catch (IllegalArgumentException e) {
            warnings.add("license " + license.id() + ": " + e.getMessage() + "; nothing can be checked");
            return null;
        }
        PeriodSeries series = new Reports();
        for (Problem p : engine.problems(series, this::where)) {
            warnings.add("license " + license.id() + ", " + p + " (counted as reported)");
        }
        return engine.runAsReported(series);
    }

    private String where(int k, String field) {
        String name = switch (field) {
            case PeriodLocator.PERIOD_END -> "periodEnd";
            case PeriodLocator.PERIOD_START -> "periodStart";
            default -> units ? "reportedUnits" : "reportedSales";
        };
        return "receipt " + receipts.get(periods.get(k)).id() + " " + name;
    }

    /** Each counted minimum top-up settles the latest reported period ending on or before its own period end. */
    private void creditTopUps() {
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            if (r.kind() != ReceiptKind.MINIMUM_TOP_UP || !counted(r)) {
                continue;
            }
            int k = latestPeriodEndingBy(r.periodEnd());
            if (k >= 0) {
                topUpsOf.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                creditOf.put(i, k);
            }
        }
    }

    private int latestPeriodEndingBy(LocalDate day) {
        int lo = 0;
        int hi = periods.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!receipts.get(periods.get(mid)).periodEnd().isAfter(day)) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private ReconciledReceipt row(int i, RoyaltySchedule schedule) {
        Receipt r = receipts.get(i);
        BigDecimal zero = zero(scale);
        if (!counted(r)) {
            return plain(r, ReceiptCheck.NOT_DUE_YET);
        }
        return switch (r.kind()) {
            case ROYALTY -> {
                if (schedule == null) {
                    yield plain(r, ReceiptCheck.TERMS_INVALID);
                }
                Integer k = periodOf.get(i);
                yield k == null ? plain(r, ReceiptCheck.NO_REPORT) : period(r, k, schedule.lines().get(k));
            }
            case MINIMUM_TOP_UP -> {
                Integer k = creditOf.get(i);
                yield k == null ? plain(r, schedule == null ? ReceiptCheck.TERMS_INVALID : ReceiptCheck.TOP_UP_UNMATCHED)
                        : new ReconciledReceipt(r, ReceiptCheck.TOP_UP, null, null, null, List.of(), zero, null,
                                receipts.get(periods.get(k)).id());
            }
            default -> plain(r, ReceiptCheck.NOT_ROYALTY);
        };
    }

    private ReconciledReceipt plain(Receipt r, ReceiptCheck check) {
        return new ReconciledReceipt(r, check, base(r), null, null, List.of(), zero(scale), null, null);
    }

    private ReconciledReceipt period(Receipt r, int k, RoyaltyLine line) {
        List<String> topUps = new ArrayList<>();
        BigDecimal topUpsPaid = zero(scale);
        for (int t : topUpsOf.getOrDefault(k, List.of())) {
            topUps.add(receipts.get(t).id());
            topUpsPaid = topUpsPaid.add(receipts.get(t).gross());
        }
        BigDecimal expected = line.payable();
        BigDecimal shortfall = expected.subtract(r.gross()).subtract(topUpsPaid).setScale(scale, RoundingMode.HALF_EVEN);
        ReceiptCheck check = shortfall.compareTo(tolerance) > 0 ? ReceiptCheck.SHORT
                : shortfall.negate().compareTo(tolerance) > 0 ? ReceiptCheck.OVERPAID : ReceiptCheck.PAID;
        return new ReconciledReceipt(r, check, base(r), figures(line, expected), expected, topUps, topUpsPaid,
                shared(shortfall), null);
    }

    /** Zero at the currency's scale (0 to 4 digits): one shared object instead of one per receipt. */
    private static final BigDecimal[] ZEROS = {BigDecimal.ZERO, BigDecimal.ZERO.setScale(1),
        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(3), BigDecimal.ZERO.setScale(4)};

    private static BigDecimal zero(int scale) {
        return scale >= 0 && scale < ZEROS.length ? ZEROS[scale] : BigDecimal.ZERO.setScale(scale);
    }

    /** A zero replaced by the shared one of its scale (most periods are paid in full, without top-up or recoup). */
    private static BigDecimal shared(BigDecimal v) {
        return v.signum() == 0 ? zero(v.scale()) : v;
    }

    /**
     * The line's explaining figures. The earned royalty is the expected payment's object when they are the same
     * amount (no top-up, nothing recouped: most periods), whatever its scale: only the amount is ever shown.
     */
    private static ReconciledReceipt.Figures figures(RoyaltyLine line, BigDecimal expected) {
        BigDecimal earned = line.earned().compareTo(expected) == 0 ? expected : shared(line.earned());
        return new ReconciledReceipt.Figures(earned, shared(line.minimumTopUp()), shared(line.advanceRecouped()));
    }

    /** The reported periods as the engine reads them, without copying. */
    private final class Reports implements PeriodSeries {
        @Override
        public int size() {
            return periods.size();
        }

        @Override
        public LocalDate periodEnd(int k) {
            return receipts.get(periods.get(k)).periodEnd();
        }

        @Override
        public LocalDate periodStart(int k) {
            return receipts.get(periods.get(k)).periodStart();
        }

        @Override
        public BigDecimal base(int k) {
            return LicenseReconciler.this.base(receipts.get(periods.get(k)));
        }
    }

    /** The totals of one license, and their value in the reporting currency. */
    private static final class Totals {
        private Totals() {}

        static LicenseTotals of(License license, List<ReconciledReceipt> rows, RoyaltySchedule schedule,
                LocalDate asOf, FxConverter fx, List<String> warnings) {
            Currency currency = license.terms().currency();
            int scale = Money.minorUnits(currency);
            BigDecimal received = BigDecimal.ZERO.setScale(scale);
            BigDecimal gross = BigDecimal.ZERO.setScale(scale);
            BigDecimal withholding = BigDecimal.ZERO.setScale(scale);
            int shortPeriods = 0;
            int unreported = 0;
            for (ReconciledReceipt row : rows) {
                if (row.check() == ReceiptCheck.NOT_DUE_YET) {
                    continue;
                }
                ReceiptKind kind = row.receipt().kind();
                if (kind == ReceiptKind.ROYALTY || kind == ReceiptKind.MINIMUM_TOP_UP) {
                    received = received.add(row.received());
                }
                gross = gross.add(row.received());
                withholding = withholding.add(row.withholding());
                shortPeriods += row.check() == ReceiptCheck.SHORT ? 1 : 0;
                unreported += row.check() == ReceiptCheck.NO_REPORT ? 1 : 0;
            }
            received = received.setScale(scale, RoundingMode.HALF_EVEN);
            BigDecimal expected = schedule == null ? null : schedule.totals().totalPayable();
            BigDecimal shortfall = expected == null ? null : expected.subtract(received);
            BigDecimal net = gross.subtract(withholding);
            LicenseTotals.Converted converted = convert(license, fx, asOf, expected, received, shortfall, net,
                    warnings);
            return new LicenseTotals(currency, expected, received, shortfall, gross, withholding, net, shortPeriods,
                    unreported, converted);
        }

        private static LicenseTotals.Converted convert(License license, FxConverter fx, LocalDate asOf,
                BigDecimal expected, BigDecimal received, BigDecimal shortfall, BigDecimal net,
                List<String> warnings) {
            Currency currency = license.terms().currency();
            BigDecimal receivedIn = fx.convert(received, currency, asOf);
            if (receivedIn == null) {
                warnings.add(FxConverter.noRate("license " + license.id() + " totals", currency, asOf));
                return null;
            }
            return new LicenseTotals.Converted(fx.reportingCurrency(),
                    expected == null ? null : fx.convert(expected, currency, asOf), receivedIn,
                    shortfall == null ? null : fx.convert(shortfall, currency, asOf), fx.convert(net, currency, asOf));
        }
    }
}
