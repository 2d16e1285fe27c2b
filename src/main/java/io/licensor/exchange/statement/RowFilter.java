package io.licensor.exchange.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Rows to leave out by the value of one column: ledgers mix sales with money moving out (Bandcamp's "payout",
 * Envato's "Withdrawal"), which is not income and would make a period's total wrong. Values match whole cells,
 * ignoring case and surrounding spaces. Left-out rows are listed as skipped.
 *
 * @param column the header name of the column to look at
 * @param values the cell values that make a row be left out
 */
public record RowFilter(String column, List<String> values) {

    public RowFilter {
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
    }

    /** A matcher over normalised values, built once per reading. */
    Set<String> normalizedValues() {
        Set<String> set = new HashSet<>();
        values.forEach(v -> set.add(Cells.normalizeName(v)));
        return set;
    }
}
