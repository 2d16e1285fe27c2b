package io.licensor.exchange.statement;

import java.nio.charset.Charset;

/**
 * What the user (or a remembered mapping) says about a file instead of letting detection guess. Every field is
 * optional: null means "detect it".
 *
 * @param encoding      the character encoding
 * @param delimiter     the field separator
 * @param headerLine    the 1-based physical line holding the column names
 * @param decimalMark   the decimal mark of amounts
 * @param thousandsMark the thousands separator of amounts ({@link ThousandsMark#NONE} for none)
 * @param dateStyle     how dates are written
 */
public record StatementOptions(
        Charset encoding,
        Delimiter delimiter,
        Integer headerLine,
        DecimalMark decimalMark,
        ThousandsMark thousandsMark,
        DateStyle dateStyle) {

    /** Detect everything. */
    public static final StatementOptions DETECT = new StatementOptions(null, null, null, null, null, null);

    public StatementOptions {
        if (headerLine != null && headerLine < 1) {
            throw new IllegalArgumentException("headerLine must be 1 or more, not " + headerLine);
        }
    }

    public StatementOptions withEncoding(Charset value) {
        return new StatementOptions(value, delimiter, headerLine, decimalMark, thousandsMark, dateStyle);
    }

    public StatementOptions withDelimiter(Delimiter value) {
        return new StatementOptions(encoding, value, headerLine, decimalMark, thousandsMark, dateStyle);
    }

    public StatementOptions withHeaderLine(Integer value) {
        return new StatementOptions(encoding, delimiter, value, decimalMark, thousandsMark, dateStyle);
    }

    public StatementOptions withDecimalMark(DecimalMark value) {
        return new StatementOptions(encoding, delimiter, headerLine, value, thousandsMark, dateStyle);
    }

    public StatementOptions withThousandsMark(ThousandsMark value) {
        return new StatementOptions(encoding, delimiter, headerLine, decimalMark, value, dateStyle);
    }

    public StatementOptions withDateStyle(DateStyle value) {
        return new StatementOptions(encoding, delimiter, headerLine, decimalMark, thousandsMark, value);
    }
}
