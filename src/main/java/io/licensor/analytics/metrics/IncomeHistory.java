package io.licensor.analytics.metrics;

import io.licensor.model.License;
import io.licensor.model.Portfolio;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Licensing income over several date ranges (quarters for a chart, trailing years for a trend), booked exactly as
 * metrics.md books licensingIncome: each receipt's net amount, dated by receivedOn, converted and rounded on its own,
 * then split over its license's assets in minor units. So the income of an asset over the range
 * (A - 12 months, A] is its {@link AssetFigures#licensingIncome()} as of A, and a license's income is the sum of its
 * assets' shares. Ranges may overlap; one pass over the receipts fills them all.
 */
public final class IncomeHistory {

    /**
     * The dates d with {@code after < d <= upTo}, like the metrics window.
     *
     * @param after the day before the range starts
     * @param upTo  the range's last day
     */
    public record Range(LocalDate after, LocalDate upTo) {
        public Range {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(upTo, "upTo");
            if (upTo.isBefore(after)) {
                throw new IllegalArgumentException("range ends (" + upTo + ") before it starts (" + after + ")");
            }
        }

        /** The trailing twelve months of metrics.md up to {@code asOf}. */
        public static Range trailingYear(LocalDate asOf) {
            return new Range(asOf.minusMonths(12), asOf);
        }

        public boolean contains(LocalDate day) {
            return day.isAfter(after) && !day.isAfter(upTo);
        }
    }

    private final Portfolio portfolio;
    private final List<Range> ranges;
    private final PortfolioIndex ix;
    /** Per license k: its asset j's income in range r at [j * ranges + r], minor units. */
    private final long[][] cells;
    /** Per asset a: income in range r at [a][r], minor units. */
    private final long[][] assetTotals;

    private IncomeHistory(Portfolio portfolio, List<Range> ranges) {
        this.portfolio = portfolio;
        this.ranges = List.copyOf(ranges);
        LocalDate last = ranges.stream().map(Range::upTo).max(LocalDate::compareTo).orElse(LocalDate.now());
        this.ix = new PortfolioIndex(portfolio, last);
        this.cells = new long[portfolio.licenses().size()][];
        for (int k = 0; k < cells.length; k++) {
            cells[k] = new long[ix.licenseAssets[k].length * ranges.size()];
        }
        this.assetTotals = new long[portfolio.assets().size()][ranges.size()];
    }

    /** Income of every license over {@code ranges}. */
    public static IncomeHistory compute(Portfolio portfolio, List<Range> ranges) {
        return compute(portfolio, ranges, license -> true);
    }

    /** Income over {@code ranges} of the licenses {@code which} accepts (the others stay at zero). */
    public static IncomeHistory compute(Portfolio portfolio, List<Range> ranges, Predicate<License> which) {
        IncomeHistory history = new IncomeHistory(portfolio, ranges);
        history.book(which);
        return history;
    }

    /**
     * The last {@code count} calendar quarters up to {@code asOf}, oldest first; the last one ends on {@code asOf}
     * (it is the quarter so far).
     */
    public static List<Range> calendarQuarters(LocalDate asOf, int count) {
        LocalDate quarterStart = asOf.withDayOfMonth(1).withMonth(((asOf.getMonthValue() - 1) / 3) * 3 + 1);
        List<Range> out = new ArrayList<>(count);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate start = quarterStart.minusMonths(3L * i);
            LocalDate end = i == 0 ? asOf : start.plusMonths(3).minusDays(1);
            out.add(new Range(start.minusDays(1), end));
        }
        return out;
    }

    private void book(Predicate<License> which) {
        List<License> licenses = portfolio.licenses();
        boolean[] included = new boolean[licenses.size()];
        int widest = 0;
        for (int k = 0; k < included.length; k++) {
            included[k] = which.test(licenses.get(k));
            widest = Math.max(widest, ix.licenseAssets[k].length);
        }
        // positions 0..n-1 for each license width n, made once: split() books share j at index j
        int[][] positions = new int[widest + 1][];
        for (int n = 0; n <= widest; n++) {
            positions[n] = java.util.stream.IntStream.range(0, n).toArray();
        }
        long[] shares = new long[widest];
        long[] after = new long[ranges.size()];
        long[] upTo = new long[ranges.size()];
        for (int q = 0; q < after.length; q++) {
            after[q] = ranges.get(q).after().toEpochDay();
            upTo[q] = ranges.get(q).upTo().toEpochDay();
        }
        PortfolioColumns c = ix.columns;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int q = 0; q < after.length; q++) {
            first = Math.min(first, after[q]);
            last = Math.max(last, upTo[q]);
        }
        List<Integer> noRate = new ArrayList<>(); // receipts without an exchange rate: rare
        // only the receipts received within the ranges: a binary search in received-date order, not a full scan
        for (int i = c.receivedAfter(first), to = c.receivedAfter(last); i < to; i++) {
            int r = c.byReceivedDay[i];
            int k = c.receiptLicense[r];
            if (!included[k] || ix.licenseAssets[k].length == 0) {
                continue;
            }
            long day = c.receivedDay[r];
            if (!inSomeRange(day, after, upTo)) {
                continue;
            }
            long net = c.netMinor[r];
            if (net == PortfolioColumns.NO_RATE) {
                noRate.add(r);
                continue;
            }
            int n = ix.licenseAssets[k].length;
            java.util.Arrays.fill(shares, 0, n, 0L);
            // the one attribution rule of the metrics, so history and metrics cannot disagree by a cent
            PortfolioIndex.split(net, positions[n], shares);
            add(k, day, after, upTo, shares);
        }
        IncomeLedger.warnNoRate(ix, noRate);
    }

    private static boolean inSomeRange(long day, long[] after, long[] upTo) {
        for (int q = 0; q < after.length; q++) {
            if (day > after[q] && day <= upTo[q]) {
                return true;
            }
        }
        return false;
    }

    private void add(int k, long day, long[] after, long[] upTo, long[] shares) {
        int[] assets = ix.licenseAssets[k];
        int width = ranges.size();
        for (int q = 0; q < width; q++) {
            if (day > after[q] && day <= upTo[q]) {
                for (int j = 0; j < assets.length; j++) {
                    cells[k][j * width + q] += shares[j];
                    assetTotals[assets[j]][q] += shares[j];
                }
            }
        }
    }

    /**
     * The share of {@code amount} (already rounded to {@code minorUnits}) that the asset at {@code position} of
     * {@code assets} gets under metrics.md's attribution: equal shares in minor units, the leftover units one each to
     * the first assets, a negative amount split by its size with the sign kept.
     */
    public static BigDecimal shareOf(BigDecimal amount, int minorUnits, int assets, int position) {
        if (position < 0 || position >= assets) {
            throw new IllegalArgumentException("position " + position + " is not one of " + assets + " assets");
        }
        long[] shares = new long[assets];
        PortfolioIndex.split(amount.movePointRight(minorUnits).longValueExact(),
                java.util.stream.IntStream.range(0, assets).toArray(), shares);
        return BigDecimal.valueOf(shares[position], minorUnits);
    }

    /** The ranges, in the order given. */
    public List<Range> ranges() {
        return ranges;
    }

    /** The reporting currency every amount is in. */
    public Currency currency() {
        return ix.fx.reportingCurrency();
    }

    /** An asset's income in range {@code range} (its licenses' shares added up); zero for an unknown asset. */
    public BigDecimal ofAsset(String assetId, int range) {
        Integer a = ix.assetIndex.get(assetId);
        return money(a == null ? 0 : assetTotals[a][range]);
    }

    /** A license's income in range {@code range}: the sum of its assets' shares; zero for an unknown license. */
    public BigDecimal ofLicense(String licenseId, int range) {
        Integer k = ix.licenseIndex.get(licenseId);
        long sum = 0;
        if (k != null) {
            for (int j = 0; j < ix.licenseAssets[k].length; j++) {
                sum += cells[k][j * ranges.size() + range];
            }
        }
        return money(sum);
    }

    /** The share of a license's income in range {@code range} booked to one of its assets. */
    public BigDecimal share(String licenseId, String assetId, int range) {
        Integer k = ix.licenseIndex.get(licenseId);
        Integer a = ix.assetIndex.get(assetId);
        long sum = 0;
        if (k != null && a != null) {
            int[] assets = ix.licenseAssets[k];
            for (int j = 0; j < assets.length; j++) {
                if (assets[j] == a) {
                    sum += cells[k][j * ranges.size() + range];
                }
            }
        }
        return money(sum);
    }

    /** Sentences naming receipts left out (no exchange rate) and references that do not resolve. */
    public List<String> warnings() {
        return List.copyOf(ix.warnings);
    }

    private BigDecimal money(long minorUnits) {
        return BigDecimal.valueOf(minorUnits, ix.fx.minorUnits());
    }
}
