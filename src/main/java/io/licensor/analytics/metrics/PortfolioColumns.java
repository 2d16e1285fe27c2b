package io.licensor.analytics.metrics;

import io.licensor.model.License;
import io.licensor.model.Portfolio;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import io.licensor.model.RoyaltyBasis;
import java.lang.ref.SoftReference;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every figure needs from a portfolio and no as-of date changes, computed once per portfolio and kept while the
 * portfolio is in use: assets and licenses by position, each receipt's license and its net amount already converted
 * to minor units of the reporting currency (the conversion is at the receipt's own date), the receipts in
 * received-date order (a window is then a binary search, not a scan of a million receipts), and each license's
 * reports in periodEnd order (an as-of date then takes a prefix). A {@link Portfolio} is immutable, so this is a
 * pure function of it; the last portfolio's columns are reused (the portfolio held weakly, the columns softly: they
 * go with the portfolio, or earlier when memory runs short, and are then made again). They hold no receipt.
 */
final class PortfolioColumns {
    /** netMinor of a receipt whose currency has no exchange rate on its date. */
    static final long NO_RATE = Long.MIN_VALUE;

    private static final Object LOCK = new Object();
    private static WeakReference<Portfolio> lastPortfolio = new WeakReference<>(null);
    /** Soft: when memory runs short the collector may drop them (they are made again), rather than fail. */
    private static SoftReference<PortfolioColumns> lastColumns = new SoftReference<>(null);

    final FxConverter fx;
    final List<String> warnings = new ArrayList<>();
    final Map<String, Integer> assetIndex = new HashMap<>();
    final Map<String, Integer> licenseIndex = new HashMap<>();
    /** For each license, the positions of its assets in its {@code assets} order. */
    final int[][] licenseAssets;
    /** For each receipt, the position of its license, -1 when the license is unknown. */
    final int[] receiptLicense;
    /** For each receipt, its net amount in minor units of the reporting currency, or {@link #NO_RATE}. */
    final long[] netMinor;
    /** For each receipt, receivedOn as an epoch day. */
    final int[] receivedDay;
    /** The receipts of a known license, by receivedOn (ties: portfolio order). */
    final int[] byReceivedDay;
    /** Receipts grouped by license, each group in (periodEnd, portfolio order): group k is [groupStart[k], [k+1]). */
    final int[] groupStart;
    final int[] byLicense;
    /** Each license's reports (ROYALTY with reported sales, or units for per-unit terms), in the engine's order. */
    final int[] reportStart;
    final int[] reports;
    /** Ids that some other license names in renewalOf. */
    final Set<String> renewed = new HashSet<>();
    /** Not yet checked, in {@link #firstProblem}. */
    private static final int UNCHECKED = Integer.MIN_VALUE;
    /** Per license, the position of its first report that breaks a period rule, -1 when none does. */
    private final int[] firstProblem;

    /**
     * A license's engine ({@code null} when its terms break a rule: then {@code refusal} says why) and the position of
     * its first report that breaks a period rule (-1 when none does). Every period rule looks at one period and the
     * one before it, so the reports up to any as-of date break no rule when they end before that position. Engines
     * are not kept: 50,000 of them would cost about 20 MB of a 512 MB heap, and one is quick to make.
     */
    record LicenseEngine(io.licensor.analytics.RoyaltyEngine engine, String refusal, int firstProblem) {
        /** True when the first {@code n} reports break no period rule. */
        boolean cleanUpTo(int n) {
            return firstProblem < 0 || firstProblem >= n;
        }
    }

    /** The columns of {@code portfolio}: the last ones when it is the same portfolio, else new ones. */
    static PortfolioColumns of(Portfolio portfolio) {
        synchronized (LOCK) {
            PortfolioColumns columns = lastColumns.get();
            if (lastPortfolio.get() != portfolio || columns == null) {
                lastColumns = new SoftReference<>(null); // the old ones need not stay while the new ones are made
                columns = new PortfolioColumns(portfolio);
                lastColumns = new SoftReference<>(columns);
                lastPortfolio = new WeakReference<>(portfolio);
            }
            return columns;
        }
    }

    private PortfolioColumns(Portfolio portfolio) {
        fx = new FxConverter(portfolio.settings().reportingCurrency(), portfolio.fxRates());
        for (int i = 0; i < portfolio.assets().size(); i++) {
            assetIndex.put(portfolio.assets().get(i).id(), i);
        }
        List<License> licenses = portfolio.licenses();
        licenseAssets = new int[licenses.size()][];
        for (int k = 0; k < licenses.size(); k++) {
            licenseIndex.put(licenses.get(k).id(), k);
            licenseAssets[k] = assetPositions(licenses.get(k));
            String renews = licenses.get(k).renewalOf();
            if (renews != null && !renews.equals(licenses.get(k).id())) {
                renewed.add(renews);
            }
        }
        List<Receipt> receipts = portfolio.receipts();
        int n = receipts.size();
        receiptLicense = new int[n];
        netMinor = new long[n];
        receivedDay = new int[n];
        groupStart = new int[licenses.size() + 1];
        countByLicense(receipts);
        convert(receipts, licenses);
        byLicense = groupByLicense(receipts);
        byReceivedDay = sortByReceivedDay();
        reportStart = new int[licenses.size() + 1];
        reports = reports(receipts, licenses);
        firstProblem = new int[licenses.size()];
        Arrays.fill(firstProblem, UNCHECKED);
    }

    /** Fills receiptLicense, and groupStart with the running count of receipts per license. */
    private void countByLicense(List<Receipt> receipts) {
        String lastId = null;
        Integer license = null;
        for (int r = 0; r < receipts.size(); r++) {
            String id = receipts.get(r).licenseId();
            // Receipts of one license usually come together: skip the hash look-up while the license repeats.
            if (!id.equals(lastId)) {
                license = licenseIndex.get(id);
                lastId = id;
            }
            receiptLicense[r] = license == null ? -1 : license;
            if (license == null) {
                warnings.add("receipt " + receipts.get(r).id() + ": its license " + id
                        + " is not in the portfolio; it is left out of every figure");
            } else {
                groupStart[license + 1]++;
            }
        }
        for (int k = 0; k + 1 < groupStart.length; k++) {
            groupStart[k + 1] += groupStart[k];
        }
    }

    /** Each receipt's net in the reporting currency, converted and rounded on its own (metrics.md). */
    private void convert(List<Receipt> receipts, List<License> licenses) {
        Currency[] currencies = licenses.stream().map(l -> l.terms().currency()).toArray(Currency[]::new);
        for (int r = 0; r < receipts.size(); r++) {
            Receipt receipt = receipts.get(r);
            receivedDay[r] = (int) receipt.receivedOn().toEpochDay();
            int k = receiptLicense[r];
            BigDecimal converted = k < 0 ? null : fx.convert(receipt.net(), currencies[k], receipt.receivedOn());
            netMinor[r] = converted == null ? NO_RATE : IncomeLedger.minor(converted, fx.minorUnits());
        }
    }

    /** The receipts of each license, ordered by (periodEnd, portfolio order) within the license. */
    private int[] groupByLicense(List<Receipt> receipts) {
        long[] keys = new long[groupStart[groupStart.length - 1]];
        int[] next = Arrays.copyOf(groupStart, groupStart.length - 1);
        for (int r = 0; r < receipts.size(); r++) {
            int k = receiptLicense[r];
            if (k >= 0) {
                keys[next[k]++] = ((long) Expectations.dateKey(receipts.get(r).periodEnd()) << 32) | r;
            }
        }
        int[] out = new int[keys.length];
        for (int k = 0; k + 1 < groupStart.length; k++) {
            Arrays.sort(keys, groupStart[k], groupStart[k + 1]);
        }
        for (int i = 0; i < keys.length; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    private int[] sortByReceivedDay() {
        long[] keys = new long[byLicense.length];
        int n = 0;
        for (int r = 0; r < receiptLicense.length; r++) {
            if (receiptLicense[r] >= 0) {
                keys[n++] = ((long) receivedDay[r] << 32) | r;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = (int) keys[i];
        }
        return out;
    }

    /** The reports of each license, as {@code byLicense} orders them (so in the engine's period order). */
    private int[] reports(List<Receipt> receipts, List<License> licenses) {
        int[] out = new int[byLicense.length];
        int n = 0;
        for (int k = 0; k < licenses.size(); k++) {
            boolean units = licenses.get(k).terms().basis() == RoyaltyBasis.UNITS;
            reportStart[k] = n;
            for (int j = groupStart[k]; j < groupStart[k + 1]; j++) {
                Receipt receipt = receipts.get(byLicense[j]);
                if (receipt.kind() == ReceiptKind.ROYALTY
                        && (units ? receipt.reportedUnits() : receipt.reportedSales()) != null) {
                    out[n++] = byLicense[j];
                }
            }
        }
        reportStart[licenses.size()] = n;
        return Arrays.copyOf(out, n);
    }

    /**
     * License k's engine and what its reports break (checked on first use and remembered; several threads may ask:
     * a race only finds the same immutable answer twice).
     */
    LicenseEngine engine(Portfolio portfolio, int k) {
        io.licensor.analytics.RoyaltyEngine engine;
        try {
            engine = io.licensor.analytics.RoyaltyEngine.of(portfolio.licenses().get(k).terms());
        } catch (IllegalArgumentException e) {
            return new LicenseEngine(null, e.getMessage(), -1);
        }
        int first = firstProblem[k];
        if (first == UNCHECKED) {
            first = firstProblem(portfolio, k, engine);
            firstProblem[k] = first;
        }
        return new LicenseEngine(engine, null, first);
    }

    private int firstProblem(Portfolio portfolio, int k, io.licensor.analytics.RoyaltyEngine engine) {
        boolean units = portfolio.licenses().get(k).terms().basis() == RoyaltyBasis.UNITS;
        ReportView all = new ReportView(portfolio.receipts(), reports, reportStart[k],
                reportStart[k + 1] - reportStart[k], units);
        int[] first = {-1};
        engine.problems(all, (i, field) -> {
            if (first[0] < 0 || i < first[0]) {
                first[0] = i;
            }
            return "";
        });
        return first[0];
    }

    /** How many of license k's reports end on or before the day with {@code dateKey} (they come first). */
    int reportsUpTo(List<Receipt> receipts, int k, int dateKey) {
        int lo = reportStart[k];
        int hi = reportStart[k + 1];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Expectations.dateKey(receipts.get(reports[mid]).periodEnd()) <= dateKey) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - reportStart[k];
    }

    /** The first position in byReceivedDay whose day is after {@code day}. */
    int receivedAfter(long day) {
        int lo = 0;
        int hi = byReceivedDay.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (receivedDay[byReceivedDay[mid]] <= day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int[] assetPositions(License license) {
        int[] found = new int[license.assetIds().size()];
        int n = 0;
        for (String id : license.assetIds()) {
            Integer a = assetIndex.get(id);
            if (a == null) {
                warnings.add("license " + license.id() + ": its asset " + id + " is not in the portfolio; its share of"
                        + " the license's income goes to the other assets");
            } else {
                found[n++] = a;
            }
        }
        if (license.assetIds().isEmpty()) {
            warnings.add("license " + license.id() + " covers no asset: its receipts count for no asset");
        }
        return n == found.length ? found : Arrays.copyOf(found, n);
    }
}
