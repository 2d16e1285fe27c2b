package io.licensor.exchange.statement;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to read a statement file, as detected from its first rows (or set by the user), plus what the
 * import wizard shows: the header, the kind of each column, a preview of the first rows, and notes saying how each
 * thing was decided and what the user should check.
 *
 * @param encoding        encoding and byte order mark
 * @param delimiter       field separator
 * @param headerLine      1-based physical line of the header
 * @param header          the column names, as written
 * @param decimalMark     decimal mark of amounts
 * @param thousandsMark   thousands separator of amounts
 * @param dateStyle       how dates are written; null when no column holds dates
 * @param columnKinds     per column, what its first values hold
 * @param preview         the first rows after the header
 * @param bannerPeriod    a period read from title lines above the header, or null
 * @param decimalGuessed  true when no amount showed which decimal mark is used (the user should check)
 * @param dateAmbiguous   true when no date showed whether day or month comes first (the user should check)
 * @param notes           how each thing was decided, in plain words
 */
public record DetectedFormat(
        DetectedEncoding encoding,
        Delimiter delimiter,
        long headerLine,
        List<String> header,
        DecimalMark decimalMark,
        ThousandsMark thousandsMark,
        DateStyle dateStyle,
        List<ColumnKind> columnKinds,
        List<PreviewRow> preview,
        PeriodHint bannerPeriod,
        boolean decimalGuessed,
        boolean dateAmbiguous,
        List<String> notes) {

    public DetectedFormat {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(delimiter, "delimiter");
        header = List.copyOf(header);
        Objects.requireNonNull(decimalMark, "decimalMark");
        Objects.requireNonNull(thousandsMark, "thousandsMark");
        columnKinds = List.copyOf(columnKinds);
        preview = List.copyOf(preview);
        notes = List.copyOf(notes);
    }

    /** Index of the column with this name (case and spacing ignored), or -1. The first one wins on duplicates. */
    public int columnIndex(String name) {
        String wanted = Cells.normalizeName(name);
        for (int i = 0; i < header.size(); i++) {
            if (Cells.normalizeName(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** What detection found, as overrides: reading again with these gives the same format. */
    public StatementOptions asOptions() {
        return new StatementOptions(encoding.charset(), delimiter, (int) headerLine, decimalMark, thousandsMark,
                dateStyle);
    }
}
