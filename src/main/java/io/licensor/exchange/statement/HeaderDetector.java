package io.licensor.exchange.statement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the header among the first records: the last record of names (two or more distinct, non-numeric, non-date
 * cells) before the first record that holds data (a number or a date). Banner and title lines above it
 * ({@code Steam Sales data for ...}, Shutterstock's {@code ,,,Images,Images,...}) are passed over, because the
 * header is the line of names nearest to the data.
 */
final class HeaderDetector {

    private HeaderDetector() {
    }

    /** The index in records of the header; -1 when there are no records. */
    static int detect(List<CsvRecord> records) {
        int lastNames = -1;
        int firstNonBlank = -1;
        for (int i = 0; i < records.size(); i++) {
            CsvRecord record = records.get(i);
            if (record.isBlank()) {
                continue;
            }
            if (firstNonBlank < 0) {
                firstNonBlank = i;
            }
            if (holdsData(record)) {
                if (lastNames >= 0) {
                    return lastNames;
                }
            } else if (isNames(record)) {
                lastNames = i;
            }
        }
        return lastNames >= 0 ? lastNames : firstNonBlank;
    }

    /** Two or more filled cells and at least one of them data-like. */
    static boolean holdsData(CsvRecord record) {
        int filled = 0;
        boolean data = false;
        for (String cell : record.fields()) {
            if (Cells.isNoValue(cell)) {
                continue;
            }
            filled++;
            if (!data && looksLikeData(cell)) {
                data = true;
            }
        }
        return filled >= 2 && data;
    }

    /**
     * Two or more filled cells, none data-like, and mostly distinct (a real header may repeat a name, as
     * KDP's two 'Currency' columns do; a banner repeats its category over the columns below it).
     */
    static boolean isNames(CsvRecord record) {
        Set<String> seen = new HashSet<>();
        int filled = 0;
        for (String cell : record.fields()) {
            if (cell.isEmpty()) {
                continue;
            }
            if (looksLikeData(cell)) {
                return false;
            }
            filled++;
            seen.add(Cells.normalizeName(cell));
        }
        return seen.size() >= 2 && seen.size() >= 0.75 * filled;
    }

    /**
     * A number, a date, or mostly digits: a mistyped value ({@code 2024-13-01}) in the first data row must not make
     * that row look like a header.
     */
    static boolean looksLikeData(String cell) {
        if (AmountParser.numberBody(cell) != null || isDate(cell)) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < cell.length(); i++) {
            if (Character.isDigit(cell.charAt(i))) {
                digits++;
            }
        }
        return digits * 2 >= cell.length();
    }

    private static boolean isDate(String cell) {
        for (DateStyle style : DateStyle.values()) {
            if (DateParser.parse(cell, style).day() != null) {
                return true;
            }
        }
        return false;
    }
}
