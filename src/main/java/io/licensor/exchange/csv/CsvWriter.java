package io.licensor.exchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV (RFC 4180): comma separated, CRLF line ends, a field quoted with double quotes when it holds
 * a comma, a quote, CR or LF, and quotes inside doubled. UTF-8, optionally with a byte order mark so that Excel
 * recognises the encoding when the file is opened by double-click.
 *
 * <p>Formula injection: a spreadsheet runs a cell starting with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, and some also one starting with a tab or carriage return. A {@link CsvCell.Text} starting with one of these
 * gets a leading apostrophe ({@code '=1+1}), which spreadsheets show as text and which a reader can strip again (the
 * OWASP advice). {@link CsvCell.Number} cells are never changed: {@code -12.50} stays a number. Headers are text.
 */
public final class CsvWriter {
    /** The characters that make a spreadsheet read a text cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String LINE_END = "\r\n";

    private final boolean byteOrderMark;

    private CsvWriter(boolean byteOrderMark) {
        this.byteOrderMark = byteOrderMark;
    }

    /** A writer for plain UTF-8 without a byte order mark. */
    public static CsvWriter utf8() {
        return new CsvWriter(false);
    }

    /** A writer that starts the file with the UTF-8 byte order mark (for Excel). */
    public static CsvWriter utf8WithBom() {
        return new CsvWriter(true);
    }

    /** Writes the header and rows to {@code out}, UTF-8; {@code out} is flushed, not closed. */
    public void write(OutputStream out, List<String> header, List<List<CsvCell>> rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        writeLine(writer, header.stream().map(CsvCell::text).toList());
        for (List<CsvCell> row : rows) {
            writeLine(writer, row);
        }
        writer.flush();
    }

    /** The whole table as one string (without a byte order mark), for tests and the clipboard. */
    public static String toText(List<String> header, List<List<CsvCell>> rows) {
        StringBuilder out = new StringBuilder();
        appendLine(out, header.stream().map(CsvCell::text).toList());
        for (List<CsvCell> row : rows) {
            appendLine(out, row);
        }
        return out.toString();
    }

    private static void writeLine(Writer writer, List<CsvCell> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        appendLine(line, cells);
        writer.write(line.toString());
    }

    private static void appendLine(StringBuilder out, List<CsvCell> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append(LINE_END);
    }

    /** One cell as it appears in the file: neutralised when it is text, then quoted when it needs to be. */
    public static String field(CsvCell cell) {
        String value = cell instanceof CsvCell.Number n ? n.value().toPlainString()
                : neutralised(((CsvCell.Text) cell).value());
        return quoted(value);
    }

    /** {@code text} with a leading apostrophe when a spreadsheet would read it as a formula. */
    public static String neutralised(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String value) {
        boolean needs = false;
        for (int i = 0; i < value.length() && !needs; i++) {
            char c = value.charAt(i);
            needs = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
