package io.licensor.exchange.statement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Looks at the first data rows column by column: which columns hold dates, which numbers, and what the number and
 * date cells say about the decimal mark and the date style. A column counts as dates or numbers when at least four
 * in five of its values read as such, so one odd cell does not change its kind.
 */
final class ColumnProfiler {

    private static final double MAJORITY = 0.8;

    private final int width;
    private final int[] filled;
    private final int[] numbers;
    private final List<Map<DateStyle, Integer>> dates = new ArrayList<>();
    private final List<List<String>> numberBodies = new ArrayList<>();
    private final int[] dateCells;
    private int rows;

    ColumnProfiler(int width) {
        this.width = width;
        this.filled = new int[width];
        this.numbers = new int[width];
        this.dateCells = new int[width];
        for (int i = 0; i < width; i++) {
            dates.add(new EnumMap<>(DateStyle.class));
            numberBodies.add(new ArrayList<>());
        }
    }

    void add(CsvRecord record) {
        if (Cells.isTotalLabel(Cells.firstFilled(record.fields()))) {
            // footer totals would make a date column look like text
            return;
        }
        rows++;
        for (int column = 0; column < width; column++) {
            String cell = record.field(column);
            if (Cells.isNoValue(cell)) {
                continue;
            }
            filled[column]++;
            boolean anyDate = false;
            for (DateStyle style : DateStyle.values()) {
                if (!DateParser.parse(cell, style).isError()) {
                    dates.get(column).merge(style, 1, Integer::sum);
                    anyDate = true;
                }
            }
            if (anyDate) {
                dateCells[column]++;
                continue;
            }
            String body = AmountParser.numberBody(cell);
            if (body != null) {
                numbers[column]++;
                numberBodies.get(column).add(body);
            }
        }
    }

    int rows() {
        return rows;
    }

    List<ColumnKind> kinds() {
        List<ColumnKind> kinds = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            kinds.add(kind(column));
        }
        return kinds;
    }

    private ColumnKind kind(int column) {
        if (filled[column] == 0) {
            return ColumnKind.EMPTY;
        }
        int bestDate = dates.get(column).values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (bestDate >= MAJORITY * filled[column]) {
            return ColumnKind.DATE;
        }
        if (numbers[column] >= MAJORITY * filled[column]) {
            return ColumnKind.NUMBER;
        }
        return ColumnKind.TEXT;
    }

    /** Evidence on the decimal mark from the number columns only (ids and dates would only add noise). */
    NumberEvidence numberEvidence() {
        NumberEvidence evidence = new NumberEvidence();
        List<ColumnKind> kinds = kinds();
        for (int column = 0; column < width; column++) {
            if (kinds.get(column) == ColumnKind.NUMBER) {
                numberBodies.get(column).forEach(evidence::add);
            }
        }
        return evidence;
    }

    /** For each date style, how many cells of the date columns it reads. */
    Map<DateStyle, Integer> dateVotes() {
        Map<DateStyle, Integer> votes = new EnumMap<>(DateStyle.class);
        List<ColumnKind> kinds = kinds();
        for (int column = 0; column < width; column++) {
            if (kinds.get(column) == ColumnKind.DATE) {
                dates.get(column).forEach((style, n) -> votes.merge(style, n, Integer::sum));
            }
        }
        return votes;
    }

    /** How many cells of the date columns there are. */
    int dateCellCount() {
        int count = 0;
        List<ColumnKind> kinds = kinds();
        for (int column = 0; column < width; column++) {
            if (kinds.get(column) == ColumnKind.DATE) {
                count += dateCells[column];
            }
        }
        return count;
    }
}
