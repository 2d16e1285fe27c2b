package io.licensor.exchange.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one statement row against the mapping and turns it into values, recording every problem of the row (not
 * just the first) with its line and column. Skips total and footer rows and rows without any amount, and lists them
 * as skipped rather than as errors. The checks that only make sense for a whole receipt (sign, withholding not above
 * gross, decimals of the currency) run here for one-receipt-per-row mappings and in {@link PeriodGrouper} otherwise.
 */
final class RowValidator {

    private static final Field[] NUMBER_FIELDS = {Field.UNITS, Field.REPORTED_SALES, Field.GROSS, Field.WITHHOLDING};
    private static final int FIELDS = Field.values().length;
    private static final Pattern CODE_IN_NAME = Pattern.compile("\\(([A-Z]{3})\\)\\s*$");

    private final ColumnMapping mapping;
    private final Findings findings;
    private final AmountParser amountParser;
    private final DateStyle dateStyle;
    private final ReceiptChecks checks;
    private final int[] index = new int[FIELDS];
    private final String[] names = new String[FIELDS];
    private final String[] cachedText = new String[FIELDS];
    private final ParsedDate[] cachedDate = new ParsedDate[FIELDS];
    private final PeriodHint fallback;
    private final String licenseCurrency;
    private final String headerCurrency;
    private final int filterIndex;
    private final Set<String> filterValues;
    private final Comparator<StatementProblem> columnOrder;
    private String firstCurrency;
    private long firstCurrencyLine;

    RowValidator(DetectedFormat format, ColumnMapping mapping, ReadSettings settings, ReceiptChecks checks,
            Findings findings) {
        this.mapping = mapping;
        this.findings = findings;
        this.amountParser = new AmountParser(format.decimalMark(), format.thousandsMark());
        this.dateStyle = format.dateStyle() != null ? format.dateStyle() : DateStyle.ISO;
        this.checks = checks;
        this.fallback = settings.period() != null ? settings.period() : format.bannerPeriod();
        this.licenseCurrency = settings.currency() == null ? null : settings.currency().getCurrencyCode();
        for (Field field : Field.values()) {
            String column = mapping.columns().get(field);
            index[field.ordinal()] = column == null ? -1 : format.columnIndex(column);
            names[field.ordinal()] = column == null ? null : format.header().get(index[field.ordinal()]);
        }
        this.headerCurrency = currencyInName(names[Field.GROSS.ordinal()]);
        this.columnOrder = Comparator.comparingInt(p -> position(p.column()));
        RowFilter filter = mapping.skipRows();
        this.filterIndex = filter == null ? -1 : format.columnIndex(filter.column());
        this.filterValues = filter == null ? Set.of() : filter.normalizedValues();
    }

    /** Where a mapped column stands in the file (-1 for problems of the whole row), to list problems in order. */
    private int position(String column) {
        for (int i = 0; i < FIELDS; i++) {
            if (column != null && column.equals(names[i])) {
                return index[i];
            }
        }
        return -1;
    }

    /** "Earnings (USD)" names its currency; "Net Total ($)" does not say which dollar. */
    private static String currencyInName(String header) {
        if (header == null) {
            return null;
        }
        Matcher m = CODE_IN_NAME.matcher(header);
        return m.find() ? m.group(1) : null;
    }

    /** The row's values, or null when it was skipped or has problems (both recorded). */
    ParsedRow validate(CsvRecord record) {
        long line = record.line();
        String first = Cells.firstFilled(record.fields());
        if (Cells.isTotalLabel(first) && date(record, Field.PERIOD_END).day() == null) {
            findings.skip(line, "a total row (" + Cells.quote(first) + ")");
            return null;
        }
        if (filterIndex >= 0 && filterValues.contains(Cells.normalizeName(record.field(filterIndex)))) {
            findings.skip(line, Cells.quote(record.field(filterIndex)) + " in column '" + mapping.skipRows().column()
                    + "' is left out by the mapping");
            return null;
        }
        ParsedAmount[] amounts = new ParsedAmount[FIELDS];
        boolean anyAmount = false;
        for (Field field : NUMBER_FIELDS) {
            ParsedAmount parsed = has(field) ? amountParser.parse(cell(record, field)) : ParsedAmount.NO_VALUE;
            amounts[field.ordinal()] = parsed;
            anyAmount |= !parsed.isEmpty();
        }
        if (!anyAmount) {
            findings.skip(line, "no amount in the mapped columns");
            return null;
        }
        long before = findings.problemCount();
        int listed = findings.listed();
        String currency = currency(record, amounts);
        if (currency != null && isOtherCurrency(line, currency)) {
            return null;
        }
        ParsedRow row = values(record, amounts, currency);
        if (findings.problemCount() > before) {
            findings.sortFrom(listed, columnOrder);
            return null;
        }
        return mapping.grouping() == Grouping.PER_ROW ? checks.checkRow(row, names) : row;
    }

    private ParsedRow values(CsvRecord record, ParsedAmount[] amounts, String currency) {
        long line = record.line();
        for (Field field : NUMBER_FIELDS) {
            if (amounts[field.ordinal()].isError()) {
                findings.problem(line, name(field), amounts[field.ordinal()].error());
            }
        }
        LocalDate end = periodEnd(record);
        LocalDate start = has(Field.PERIOD_START) ? reported(record, Field.PERIOD_START, false)
                : fallback != null && !has(Field.PERIOD_END) ? fallback.start() : null;
        LocalDate received = has(Field.RECEIVED_ON) ? reported(record, Field.RECEIVED_ON, true) : null;
        BigDecimal units = amounts[Field.UNITS.ordinal()].value();
        BigDecimal sales = amounts[Field.REPORTED_SALES.ordinal()].value();
        BigDecimal gross = amounts[Field.GROSS.ordinal()].value();
        BigDecimal withholding = amounts[Field.WITHHOLDING.ordinal()].value();
        if (gross == null && !amounts[Field.GROSS.ordinal()].isError()) {
            if (mapping.grouping() == Grouping.PER_ROW) {
                findings.problem(line, name(Field.GROSS), "is empty; every receipt needs an amount");
            }
            gross = BigDecimal.ZERO;
        }
        if (mapping.amountsPerUnit() && gross != null) {
            if (units == null) {
                findings.problem(line, name(Field.UNITS), "is empty, but the amounts are per unit");
            } else {
                gross = gross.multiply(units);
                sales = sales == null ? null : sales.multiply(units);
            }
        }
        if (start != null && end != null && start.isAfter(end)) {
            findings.problem(line, name(Field.PERIOD_START), "the period starts (" + start + ") after it ends ("
                    + end + ")");
        }
        String license = has(Field.LICENSE) ? cell(record, Field.LICENSE) : "";
        return new ParsedRow(line, license.isEmpty() ? null : license, start, end, sales, units, gross,
                withholding == null ? BigDecimal.ZERO : withholding, received, currency);
    }

    private LocalDate periodEnd(CsvRecord record) {
        if (!has(Field.PERIOD_END)) {
            return fallback == null ? null : fallback.end();
        }
        return reported(record, Field.PERIOD_END, true);
    }

    /** A date field's value (end of a bare month when asEnd); records a problem when it is wrong or missing. */
    private LocalDate reported(CsvRecord record, Field field, boolean asEnd) {
        ParsedDate parsed = date(record, field);
        if (parsed.isError()) {
            findings.problem(record.line(), name(field), parsed.error());
            return null;
        }
        if (parsed.isEmpty()) {
            if (field == Field.PERIOD_END) {
                findings.problem(record.line(), name(field), "is empty; every receipt needs the end of its period");
            }
            return null;
        }
        return asEnd ? parsed.asEnd() : parsed.asStart();
    }

    private ParsedDate date(CsvRecord record, Field field) {
        if (!has(field)) {
            return ParsedDate.NO_VALUE;
        }
        String text = cell(record, field);
        int slot = field.ordinal();
        // statements repeat the same date over many rows: parse each distinct run once
        if (!text.equals(cachedText[slot])) {
            cachedText[slot] = text;
            cachedDate[slot] = DateParser.parse(text, dateStyle);
        }
        return cachedDate[slot];
    }

    /** The row's currency from the currency column or the amounts' symbols; problems when they disagree. */
    private String currency(CsvRecord record, ParsedAmount[] amounts) {
        String code = null;
        if (has(Field.CURRENCY)) {
            String text = cell(record, Field.CURRENCY).strip();
            if (!Cells.isNoValue(text)) {
                code = text.toUpperCase(Locale.ROOT);
                if (!isCode(code)) {
                    findings.problem(record.line(), name(Field.CURRENCY), Cells.quote(text)
                            + " is not a currency code like USD or EUR");
                    return null;
                }
            }
        }
        for (Field field : NUMBER_FIELDS) {
            String written = field == Field.UNITS ? null : amounts[field.ordinal()].currency();
            if (written == null) {
                continue;
            }
            if (code == null) {
                code = written;
            } else if (!code.equals(written)) {
                findings.problem(record.line(), name(field), "the amount is in " + written + " but the row is in "
                        + code);
            }
        }
        return code != null ? code : headerCurrency;
    }

    /** True when the row is in another currency than the license's (or the first row's): skipped or a problem. */
    private boolean isOtherCurrency(long line, String code) {
        String expected = licenseCurrency != null ? licenseCurrency : firstCurrency;
        if (expected == null) {
            firstCurrency = code;
            firstCurrencyLine = line;
            return false;
        }
        if (code.equals(expected)) {
            return false;
        }
        if (mapping.skipOtherCurrencies()) {
            findings.skip(line, "in " + code + ", not " + expected);
        } else {
            String why = licenseCurrency != null ? "the license is in " + expected
                    : "the rows from line " + firstCurrencyLine + " on are in " + expected;
            findings.problem(line, has(Field.CURRENCY) ? name(Field.CURRENCY) : name(Field.GROSS), "is in " + code
                    + ", but " + why + " (to leave such rows out, skip other currencies)");
        }
        return true;
    }

    private static boolean isCode(String code) {
        return code.length() == 3 && Character.isLetter(code.charAt(0)) && Character.isLetter(code.charAt(1))
                && Character.isLetter(code.charAt(2));
    }

    private boolean has(Field field) {
        return index[field.ordinal()] >= 0;
    }

    private String cell(CsvRecord record, Field field) {
        return record.field(index[field.ordinal()]);
    }

    /** The header name of the column mapped to field, or null. */
    String columnName(Field field) {
        return names[field.ordinal()];
    }

    private String name(Field field) {
        return names[field.ordinal()];
    }
}
