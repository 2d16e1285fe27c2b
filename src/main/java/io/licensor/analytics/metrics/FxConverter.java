package io.licensor.analytics.metrics;

import io.licensor.model.FxRate;
import io.licensor.model.Money;
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
 * Converts amounts into the reporting currency as metrics.md says: the rate of the currency with the latest date on
 * or before the amount's date (the reporting currency itself at 1), then rounded half-even to the reporting
 * currency's minor units. Looks rates up by binary search over per-currency arrays.
 */
public final class FxConverter {
    private final Currency reporting;
    private final int minor;
    private final Map<Currency, Table> tables = new HashMap<>();

    /** A converter over the portfolio's rates (entries for the reporting currency itself are ignored). */
    public FxConverter(Currency reporting, List<FxRate> rates) {
        this.reporting = reporting;
        this.minor = Money.minorUnits(reporting);
        Map<Currency, List<FxRate>> byCurrency = new HashMap<>();
        for (FxRate r : rates) {
            if (!r.currency().equals(reporting)) {
                byCurrency.computeIfAbsent(r.currency(), c -> new ArrayList<>()).add(r);
            }
        }
        // A stable sort keeps the later of two entries with the same date last, and the lookup takes the last.
        byCurrency.forEach((c, list) -> {
            list.sort(Comparator.comparing(FxRate::date));
            tables.put(c, new Table(list));
        });
    }

    /** The reporting currency. */
    public Currency reportingCurrency() {
        return reporting;
    }

    /** The reporting currency's minor units. */
    public int minorUnits() {
        return minor;
    }

    /** {@code amount} in the reporting currency, rounded; null when there is no rate on or before {@code date}. */
    public BigDecimal convert(BigDecimal amount, Currency currency, LocalDate date) {
        if (currency.equals(reporting)) {
            return amount.setScale(minor, RoundingMode.HALF_EVEN);
        }
        Table t = tables.get(currency);
        BigDecimal rate = t == null ? null : t.rateOn(date.toEpochDay());
        return rate == null ? null : amount.multiply(rate).setScale(minor, RoundingMode.HALF_EVEN);
    }

    /** The warning sentence for an item that has no usable rate. */
    public static String noRate(String item, Currency currency, LocalDate date) {
        return item + ": no " + currency.getCurrencyCode() + " rate on or before " + date;
    }

    /** One currency's rates by date. */
    private static final class Table {
        private final long[] days;
        private final BigDecimal[] rates;

        Table(List<FxRate> sorted) {
            days = new long[sorted.size()];
            rates = new BigDecimal[sorted.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = sorted.get(i).date().toEpochDay();
                rates[i] = sorted.get(i).rate();
            }
        }

        /** The rate of the last entry dated on or before {@code day}, or null. */
        BigDecimal rateOn(long day) {
            int lo = 0;
            int hi = days.length - 1;
            int found = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found < 0 ? null : rates[found];
        }
    }
}
