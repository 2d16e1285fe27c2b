package io.licensor.exchange.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date cell in a given {@link DateStyle}. Hand-written for the numeric styles because a million-row file
 * has a million dates; the month-name styles use patterns. A time after the date is checked for shape and dropped:
 * the receipt keeps the calendar day as printed, with no time zone conversion. Two-digit years 00-69 are 2000-2069
 * and 70-99 are 1970-1999 (the POSIX rule), so the result never depends on today's date.
 */
final class DateParser {

    private static final Pattern TIME = Pattern.compile(
            "(?:[T ]\\s*|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?\\s*(?:[aApP]\\.?[mM]\\.?)?\\s*"
                    + "(?:Z|(?:UTC|GMT)\\s*[+-]\\d{1,2}(?::?\\d{2})?|[A-Za-z]{1,5}|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(.*)");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+([A-Za-z]{3,9})\\.?,?[\\s-]+(\\d{4}|\\d{2})(.*)");
    private static final Map<String, Integer> MONTHS = months();

    private DateParser() {
    }

    static ParsedDate parse(String raw, DateStyle style) {
        String cell = raw.strip();
        if (Cells.isNoValue(cell)) {
            return ParsedDate.NO_VALUE;
        }
        // cheap first-character checks spare the patterns most cells (detection tries every style on every cell)
        boolean digitFirst = isDigit(cell.charAt(0));
        switch (style) {
            case MONTH_DAY_YEAR:
                return digitFirst ? notInStyle(cell, style) : named(cell, style, MONTH_FIRST.matcher(cell), 2, 1);
            case DAY_MONTH_YEAR:
                return !digitFirst ? notInStyle(cell, style) : named(cell, style, DAY_FIRST.matcher(cell), 1, 2);
            default:
                return numeric(cell, style);
        }
    }

    /** True when the text after a date is a time of day (with am/pm or a zone), or nothing. */
    static boolean isTimeOrNothing(String rest) {
        return rest.isEmpty() || TIME.matcher(rest).matches();
    }

    private static ParsedDate numeric(String cell, DateStyle style) {
        int[] parts = new int[3];
        int[] widths = new int[3];
        int count = 0;
        int i = 0;
        char separator = 0;
        int n = cell.length();
        while (count < 3) {
            int start = i;
            int value = 0;
            while (i < n && i - start < 4 && isDigit(cell.charAt(i))) {
                value = value * 10 + cell.charAt(i) - '0';
                i++;
            }
            if (i == start || (i < n && isDigit(cell.charAt(i)))) {
                return notInStyle(cell, style);
            }
            parts[count] = value;
            widths[count++] = i - start;
            if (count == 3 || i >= n) {
                break;
            }
            char c = cell.charAt(i);
            if (separator == 0 ? !separatorFits(style, c) : c != separator) {
                break;
            }
            separator = c;
            i++;
        }
        String rest = cell.substring(i);
        if (count == 2 && style == DateStyle.ISO && widths[0] == 4 && widths[1] <= 2 && rest.isEmpty()) {
            return day(cell, style, parts[0], parts[1], 1, true);
        }
        if (count < 3 || !isTimeOrNothing(rest)) {
            return notInStyle(cell, style);
        }
        return fromParts(cell, style, parts, widths);
    }

    private static ParsedDate fromParts(String cell, DateStyle style, int[] p, int[] w) {
        switch (style) {
            case ISO:
            case YMD_SLASH:
                return w[0] == 4 && w[1] <= 2 && w[2] <= 2 ? day(cell, style, p[0], p[1], p[2], false)
                        : notInStyle(cell, style);
            case MDY:
                return w[0] <= 2 && w[1] <= 2 && (w[2] == 2 || w[2] == 4)
                        ? day(cell, style, year(p[2], w[2]), p[0], p[1], false) : notInStyle(cell, style);
            default:
                return w[0] <= 2 && w[1] <= 2 && (w[2] == 2 || w[2] == 4)
                        ? day(cell, style, year(p[2], w[2]), p[1], p[0], false) : notInStyle(cell, style);
        }
    }

    private static boolean separatorFits(DateStyle style, char c) {
        switch (style) {
            case ISO:
                return c == '-';
            case YMD_SLASH:
                return c == '/';
            case DMY_DOT:
                return c == '.';
            default:
                return c == '/' || c == '-';
        }
    }

    private static ParsedDate named(String cell, DateStyle style, Matcher m, int dayGroup, int monthGroup) {
        if (!m.matches() || !isTimeOrNothing(m.group(4))) {
            return notInStyle(cell, style);
        }
        Integer month = MONTHS.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
        if (month == null) {
            return ParsedDate.error(Cells.quote(cell) + " is not a date: '" + m.group(monthGroup)
                    + "' is not an English month name");
        }
        String yearText = m.group(3);
        return day(cell, style, year(Integer.parseInt(yearText), yearText.length()), month,
                Integer.parseInt(m.group(dayGroup)), false);
    }

    private static ParsedDate day(String cell, DateStyle style, int year, int month, int day, boolean monthOnly) {
        try {
            return new ParsedDate(LocalDate.of(year, month, day), monthOnly, null);
        } catch (DateTimeException e) {
            return ParsedDate.error(Cells.quote(cell) + " is not a real date in the format " + style.label());
        }
    }

    private static int year(int value, int width) {
        if (width == 4) {
            return value;
        }
        return value < 70 ? 2000 + value : 1900 + value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static ParsedDate notInStyle(String cell, DateStyle style) {
        return ParsedDate.error(Cells.quote(cell) + " is not a date in the format " + style.label());
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> map = new java.util.HashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], i + 1);
            map.put(names[i].substring(0, 3), i + 1);
        }
        map.put("sept", 9);
        return Map.copyOf(map);
    }
}
