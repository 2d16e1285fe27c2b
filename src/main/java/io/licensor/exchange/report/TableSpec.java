package io.licensor.exchange.report;

import java.util.List;

/**
 * A table to lay out: its columns (title, share of the width, right-aligned or not) and rows. A marked row is drawn
 * on a tinted background (an under-paid period); a bold row is a totals row.
 */
record TableSpec(List<Column> columns, List<Row> rows) {
    TableSpec {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column: {@code weight} is its share of the table's width relative to the other columns. */
    record Column(String title, float weight, boolean right) {
        static Column left(String title, float weight) {
            return new Column(title, weight, false);
        }

        static Column right(String title, float weight) {
            return new Column(title, weight, true);
        }
    }

    /** A row of cell texts, one per column. */
    record Row(List<String> cells, boolean marked, boolean bold) {
        Row {
            cells = List.copyOf(cells.stream().map(c -> c == null ? "" : c).toList());
        }

        static Row of(String... cells) {
            return new Row(java.util.Arrays.stream(cells).map(c -> c == null ? "" : c).toList(), false, false);
        }
    }
}
