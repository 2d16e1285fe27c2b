package io.licensor.exchange.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums valid rows into one receipt per calendar period of their period end (and per license, when a license column
 * is mapped). Holds one small accumulator per period, not the rows, so a million-row file needs little memory.
 * A group's period is the calendar period, unless its rows give their own period starts (Apple's fiscal months):
 * then it runs from the earliest start to the latest end. Withholding is summed with the signs as written and
 * kept as a positive amount.
 */
final class PeriodGrouper {

    private static final Comparator<Key> ORDER = Comparator
            .comparing(Key::licenseRef, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Key::anchor);

    private final Grouping grouping;
    private final Map<Key, Sum> groups = new TreeMap<>(ORDER);

    PeriodGrouper(Grouping grouping) {
        this.grouping = grouping;
    }

    void add(ParsedRow row) {
        Key key = new Key(row.licenseRef(), grouping.periodStart(row.periodEnd()));
        groups.computeIfAbsent(key, k -> new Sum(row.line())).add(row);
    }

    /** One receipt per period, in license and period order; groups failing the checks are left out. */
    List<ReceiptCandidate> finish(ReceiptChecks checks, String grossColumn, String withholdingColumn) {
        List<ReceiptCandidate> out = new ArrayList<>(groups.size());
        for (Map.Entry<Key, Sum> e : groups.entrySet()) {
            ReceiptCandidate candidate = e.getValue().toCandidate(e.getKey(), grouping);
            ReceiptCandidate checked = checks.checkGroup(candidate, label(e.getKey().anchor()), grossColumn,
                    withholdingColumn);
            if (checked != null) {
                out.add(checked);
            }
        }
        return out;
    }

    private String label(LocalDate anchor) {
        switch (grouping) {
            case PER_QUARTER:
                return anchor.getYear() + "-Q" + anchor.get(IsoFields.QUARTER_OF_YEAR);
            case PER_YEAR:
                return String.valueOf(anchor.getYear());
            default:
                return anchor.toString().substring(0, 7);
        }
    }

    private record Key(String licenseRef, LocalDate anchor) {
    }

    /** The running totals of one period. */
    private static final class Sum {
        private final long firstLine;
        private long lastLine;
        private int rows;
        private BigDecimal gross = BigDecimal.ZERO;
        private BigDecimal withholding = BigDecimal.ZERO;
        private BigDecimal sales;
        private BigDecimal units;
        private LocalDate minStart;
        private LocalDate maxEnd;
        private LocalDate maxReceived;
        private String currency;

        Sum(long firstLine) {
            this.firstLine = firstLine;
        }

        void add(ParsedRow row) {
            lastLine = row.line();
            rows++;
            gross = gross.add(row.gross());
            withholding = withholding.add(row.withholding());
            sales = plus(sales, row.reportedSales());
            units = plus(units, row.units());
            minStart = min(minStart, row.periodStart());
            maxEnd = max(maxEnd, row.periodEnd());
            maxReceived = max(maxReceived, row.receivedOn());
            if (currency == null) {
                currency = row.currency();
            }
        }

        ReceiptCandidate toCandidate(Key key, Grouping grouping) {
            LocalDate start = minStart != null ? minStart : grouping.periodStart(key.anchor());
            LocalDate end = minStart != null ? maxEnd : grouping.periodEnd(key.anchor());
            return new ReceiptCandidate(firstLine, lastLine, rows, key.licenseRef(), start, end, sales, units, gross,
                    withholding.abs(), maxReceived != null ? maxReceived : end, currency);
        }

        private static BigDecimal plus(BigDecimal sum, BigDecimal value) {
            if (value == null) {
                return sum;
            }
            return sum == null ? value : sum.add(value);
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || !b.isBefore(a) ? a : b;
        }

        private static LocalDate max(LocalDate a, LocalDate b) {
            return a == null ? b : b == null || !b.isAfter(a) ? a : b;
        }
    }
}
