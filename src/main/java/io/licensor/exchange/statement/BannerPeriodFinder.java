package io.licensor.exchange.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement period from the title lines above the header: a range of ISO dates
 * ({@code 2024-03-12 - 2024-03-12}), a range of day-month-year dates ({@code 01-Jan-2016 to 31-Jan-2016}) or a month
 * and year ({@code (September, 2014)}). Statements without period columns (Apple's payments summary, Steam's sales
 * data) only say their period there.
 */
final class BannerPeriodFinder {

    private static final String RANGE_WORD = "\\s*(?:-|\u2013|\u2014|to|through|until|bis)\\s*";
    private static final Pattern ISO_RANGE = Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})" + RANGE_WORD + "(\\d{4}-\\d{1,2}-\\d{1,2})");
    private static final Pattern NAMED_RANGE = Pattern.compile(
            "(\\d{1,2}[ -][A-Za-z]{3,9}[ -]\\d{4})" + RANGE_WORD + "(\\d{1,2}[ -][A-Za-z]{3,9}[ -]\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");

    private BannerPeriodFinder() {
    }

    /** The first period found in the records before the header, or null. */
    static PeriodHint find(List<CsvRecord> preamble) {
        for (CsvRecord record : preamble) {
            String text = String.join(" ", record.fields()).strip();
            if (text.isEmpty()) {
                continue;
            }
            PeriodHint hint = range(text, record.line(), ISO_RANGE, DateStyle.ISO);
            if (hint == null) {
                hint = range(text, record.line(), NAMED_RANGE, DateStyle.DAY_MONTH_YEAR);
            }
            if (hint == null) {
                hint = month(text, record.line());
            }
            if (hint != null) {
                return hint;
            }
        }
        return null;
    }

    private static PeriodHint range(String text, long line, Pattern pattern, DateStyle style) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        LocalDate start = DateParser.parse(m.group(1), style).day();
        LocalDate end = DateParser.parse(m.group(2), style).day();
        if (start == null || end == null || end.isBefore(start)) {
            return null;
        }
        return new PeriodHint(start, end, line, m.group());
    }

    private static PeriodHint month(String text, long line) {
        Matcher m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            ParsedDate first = DateParser.parse(m.group(1) + " 1, " + m.group(2), DateStyle.MONTH_DAY_YEAR);
            if (first.day() != null) {
                YearMonth month = YearMonth.from(first.day());
                return new PeriodHint(month.atDay(1), month.atEndOfMonth(), line, m.group());
            }
        }
        return null;
    }
}
