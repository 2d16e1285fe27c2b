package io.licensor.exchange;

import io.licensor.analytics.PeriodLocator;
import io.licensor.analytics.SalesPeriod;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyBasis;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sales file of {@code licensor simulate} (royalty-terms.md, "Sales"): a header row, then one row per period
 * with {@code period_end}, {@code net_sales} and/or {@code units}, and optionally {@code period_start}. Problems name
 * the line and the column. The reader checks the file's own rules; the order of the periods and their fit with
 * the contract are the engine's to check, through the {@link Sales#locator()} this returns.
 */
public final class SalesCsv {
    static final String PERIOD_END = "period_end";
    static final String NET_SALES = "net_sales";
    static final String UNITS = "units";
    static final String PERIOD_START = "period_start";
    private static final List<String> COLUMNS = List.of(PERIOD_END, NET_SALES, UNITS, PERIOD_START);
    private static final String DECIMAL = "[+-]?(\\d+(\\.\\d*)?|\\.\\d+)";

    private SalesCsv() {}

    /**
     * The periods read, and where each came from.
     *
     * @param periods the rows in file order
     * @param locator names "line N, column C (name)" for a period's field, for the engine's messages
     */
    public record Sales(List<SalesPeriod> periods, PeriodLocator locator) {
        public Sales {
            periods = List.copyOf(periods);
        }
    }

    /**
     * Reads a sales file (UTF-8, a byte-order mark is fine).
     *
     * @param basis which column holds the base: net_sales for NET_SALES, units for UNITS
     * @throws InputRejectedException naming the file and every problem by line and column
     */
    public static Sales read(Path file, RoyaltyBasis basis) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString(), basis);
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(file.toString(), new Problem("file", "does not exist"));
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), new Problem("file", "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads sales from a reader; {@code source} names it in messages. */
    public static Sales read(Reader reader, String source, RoyaltyBasis basis) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        List<Problem> problems = new ArrayList<>();
        String headerLine = in.readLine();
        if (headerLine != null && headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw new InputRejectedException(source, new Problem("line 1", "the file is empty: expected a header row"
                    + " such as period_end," + baseColumn(basis)));
        }
        Map<String, Integer> columns = header(headerLine, basis, problems);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(source, problems);
        }
        List<SalesPeriod> periods = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        int lineNumber = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            SalesPeriod p = new Row(lineNumber, columns, basis, problems).parse(line);
            if (p != null) {
                periods.add(p);
                lineOf.add(lineNumber);
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(source, problems);
        }
        return new Sales(periods, locator(lineOf, columns, basis));
    }

    private static Map<String, Integer> header(String line, RoyaltyBasis basis, List<Problem> problems) {
        List<String> names = CsvLines.split(line);
        Map<String, Integer> columns = new HashMap<>();
        if (names == null) {
            problems.add(new Problem("line 1", "a quote is not closed"));
            return columns;
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            String at = "line 1, column " + (i + 1);
            if (!COLUMNS.contains(name)) {
                String hint = FieldNames.closest(name, COLUMNS);
                problems.add(new Problem(at, "unknown column \"" + name + "\"" + (hint == null
                        ? "; the columns are " + String.join(", ", COLUMNS) : "; did you mean " + hint + "?")));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(new Problem(at, "column " + name + " appears twice"));
            }
        }
        if (problems.isEmpty()) {
            for (String required : List.of(PERIOD_END, baseColumn(basis))) {
                if (!columns.containsKey(required)) {
                    problems.add(new Problem("line 1", "a " + required + " column is required"
                            + (required.equals(PERIOD_END) ? "" : " (the terms' basis is " + basis + ")")));
                }
            }
        }
        return columns;
    }

    static String baseColumn(RoyaltyBasis basis) {
        return basis == RoyaltyBasis.UNITS ? UNITS : NET_SALES;
    }

    private static PeriodLocator locator(List<Integer> lineOf, Map<String, Integer> columns, RoyaltyBasis basis) {
        return (index, field) -> {
            String name = switch (field) {
                case PeriodLocator.PERIOD_END -> PERIOD_END;
                case PeriodLocator.PERIOD_START -> PERIOD_START;
                default -> baseColumn(basis);
            };
            return "line " + lineOf.get(index) + ", column " + (columns.get(name) + 1) + " (" + name + ")";
        };
    }

    /** One data row. */
    private record Row(int line, Map<String, Integer> columns, RoyaltyBasis basis, List<Problem> problems) {

        SalesPeriod parse(String text) {
            List<String> values = CsvLines.split(text);
            if (values == null) {
                problems.add(new Problem("line " + line, "a quote is not closed"));
                return null;
            }
            if (values.size() != columns.size()) {
                problems.add(new Problem("line " + line, "has " + values.size() + " values but the header has "
                        + columns.size() + " columns"));
                return null;
            }
            int before = problems.size();
            LocalDate end = date(values, PERIOD_END, true);
            LocalDate start = date(values, PERIOD_START, false);
            BigDecimal netSales = decimal(values, NET_SALES, basis == RoyaltyBasis.NET_SALES);
            BigDecimal units = decimal(values, UNITS, basis == RoyaltyBasis.UNITS);
            BigDecimal base = basis == RoyaltyBasis.UNITS ? units : netSales;
            return problems.size() > before ? null : new SalesPeriod(start, end, base);
        }

        private String value(List<String> values, String column) {
            Integer i = columns.get(column);
            return i == null ? "" : values.get(i).trim();
        }

        private String where(String column) {
            return "line " + line + ", column " + (columns.get(column) + 1) + " (" + column + ")";
        }

        private LocalDate date(List<String> values, String column, boolean required) {
            String v = value(values, column);
            if (v.isEmpty()) {
                if (required) {
                    problems.add(new Problem(where(column), "is empty; a date YYYY-MM-DD is required"));
                }
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.add(new Problem(where(column), "is not a valid date (YYYY-MM-DD): \"" + v + "\""));
                return null;
            }
        }

        private BigDecimal decimal(List<String> values, String column, boolean required) {
            String v = value(values, column);
            if (v.isEmpty()) {
                if (required) {
                    problems.add(new Problem(where(column), "is empty; a decimal number is required"));
                }
                return null;
            }
            if (!v.matches(DECIMAL)) {
                problems.add(new Problem(where(column), "is not a decimal number (digits with a dot for decimals,"
                        + " no thousands separators): \"" + v + "\""));
                return null;
            }
            BigDecimal d = new BigDecimal(v);
            if (d.signum() < 0) {
                problems.add(new Problem(where(column), "cannot be negative, got " + v));
                return null;
            }
            return d;
        }
    }
}
