package io.licensor.exchange.statement;

import io.licensor.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to turn a licensee's statement into receipts: which columns feed which receipt fields, how rows are grouped,
 * and what is known about the file's format. Remembered per licensee and given to {@code import-receipts --mapping};
 * its file form is {@link MappingJson}.
 *
 * @param columns             the column for each receipt field
 * @param grouping            one receipt per row, or rows summed per month, quarter or year of their period end
 * @param allowNegative       accept receipts (rows, or group totals) with a negative amount; off by default because
 *                            a negative receipt is usually a refund or fee row that should be summed into its period
 * @param amountsPerUnit      the amount and sales columns are per unit (Apple's "Developer Proceeds"): multiply them
 *                            by the units column
 * @param skipOtherCurrencies rows in a currency other than the license's are skipped (and listed) instead of refused,
 *                            for files that mix marketplaces (Amazon KDP's USD and CAD rows)
 * @param skipRows            rows to leave out by the value of a column (money moving out, such as payouts), or null
 * @param options             format settings that override detection (null fields are detected)
 */
public record ColumnMapping(
        Columns columns,
        Grouping grouping,
        boolean allowNegative,
        boolean amountsPerUnit,
        boolean skipOtherCurrencies,
        RowFilter skipRows,
        StatementOptions options) {

    public ColumnMapping {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(options, "options");
    }

    /** A mapping of these columns, one receipt per row, everything else detected. */
    public static ColumnMapping of(Columns columns) {
        return new ColumnMapping(columns, Grouping.PER_ROW, false, false,
                false, null, StatementOptions.DETECT);
    }

    public ColumnMapping withColumns(Columns value) {
        return new ColumnMapping(value, grouping, allowNegative, amountsPerUnit,
                skipOtherCurrencies, skipRows, options);
    }

    public ColumnMapping withGrouping(Grouping value) {
        return new ColumnMapping(columns, value, allowNegative, amountsPerUnit,
                skipOtherCurrencies, skipRows, options);
    }

    public ColumnMapping withAllowNegative(boolean value) {
        return new ColumnMapping(columns, grouping, value, amountsPerUnit,
                skipOtherCurrencies, skipRows, options);
    }

    public ColumnMapping withAmountsPerUnit(boolean value) {
        return new ColumnMapping(columns, grouping, allowNegative, value,
                skipOtherCurrencies, skipRows, options);
    }

    public ColumnMapping withSkipOtherCurrencies(boolean value) {
        return new ColumnMapping(columns, grouping, allowNegative, amountsPerUnit, value, skipRows, options);
    }

    public ColumnMapping withSkipRows(RowFilter value) {
        return new ColumnMapping(columns, grouping, allowNegative, amountsPerUnit,
                skipOtherCurrencies, value, options);
    }

    public ColumnMapping withOptions(StatementOptions value) {
        return new ColumnMapping(columns, grouping, allowNegative, amountsPerUnit,
                skipOtherCurrencies, skipRows, value);
    }

    /**
     * What keeps this mapping from reading the file: a required field without a column, or a column name that is
     * not in the header. Each problem names the mapping key ("columns.gross").
     *
     * @param format        the file's detected format (its header and title period)
     * @param periodGiven   true when the caller supplies a period for rows without one
     */
    public List<Problem> problems(DetectedFormat format, boolean periodGiven) {
        List<Problem> problems = new ArrayList<>();
        if (columns.gross() == null) {
            problems.add(new Problem("columns.gross", "no column is chosen for the amount (gross); choose the column"
                    + " with what the licensee paid you"));
        }
        if (columns.periodEnd() == null && format.bannerPeriod() == null && !periodGiven) {
            problems.add(new Problem("columns.periodEnd", "no column is chosen for the period end and the file's"
                    + " title lines give no period; choose a date column or give the period"));
        }
        if (amountsPerUnit && columns.units() == null) {
            problems.add(new Problem("amountsPerUnit", "amounts are per unit but no column is chosen for units"));
        }
        for (Map.Entry<Field, String> e : columns.asMap().entrySet()) {
            if (format.columnIndex(e.getValue()) < 0) {
                problems.add(new Problem("columns." + e.getKey().key(), "the file has no column '" + e.getValue()
                        + "' (its header, on line " + format.headerLine() + ", has: " + headerList(format) + ")"));
            }
        }
        if (skipRows != null && format.columnIndex(skipRows.column()) < 0) {
            problems.add(new Problem("skipRows.column", "the file has no column '" + skipRows.column()
                    + "' (its header, on line " + format.headerLine() + ", has: " + headerList(format) + ")"));
        }
        return problems;
    }

    private static String headerList(DetectedFormat format) {
        StringBuilder out = new StringBuilder();
        for (String name : format.header()) {
            if (name.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append('\'').append(name).append('\'');
        }
        return out.toString();
    }
}
