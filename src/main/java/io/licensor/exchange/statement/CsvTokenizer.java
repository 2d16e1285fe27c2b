package io.licensor.exchange.statement;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming, quote-aware CSV splitter (RFC 4180 plus what real exports do). Quoted fields may hold delimiters,
 * doubled quotes and line breaks; CR, LF and CRLF all end a record; white space around fields is dropped; text after
 * a closing quote is kept (Apple writes {@code "234.58" EUR}). It reads through its own buffer and never holds more
 * than one record, so files of any length can be read.
 */
final class CsvTokenizer {

    /** A quoted field longer than this is a missing closing quote, not data. */
    static final int MAX_FIELD_LENGTH = 1_000_000;

    private static final int BUFFER = 1 << 16;

    private final Reader reader;
    private final char delimiter;
    private final char[] buffer = new char[BUFFER];
    private final StringBuilder field = new StringBuilder(64);
    private final List<String> fields = new ArrayList<>(32);
    private int position;
    private int limit;
    private long line;
    private boolean finished;

    CsvTokenizer(Reader reader, char delimiter) {
        this(reader, delimiter, 1);
    }

    CsvTokenizer(Reader reader, char delimiter, long firstLine) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.line = firstLine;
    }

    /** The physical line the next record starts on. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the text. */
    CsvRecord next() throws IOException, CsvFormatException {
        if (finished) {
            return null;
        }
        int c = read();
        if (c < 0) {
            finished = true;
            return null;
        }
        long start = line;
        fields.clear();
        while (true) {
            if (c != '"' && isBlank(c) && startsQuoted()) {
                c = skipBlanks(c);
            }
            c = c == '"' ? readQuoted() : readPlain(c);
            if (c == delimiter) {
                c = read();
                continue;
            }
            endRecord(c);
            return new CsvRecord(start, fields.toArray(new String[0]));
        }
    }

    private void endRecord(int c) throws IOException {
        if (c == '\r') {
            if (peek() == '\n') {
                position++;
            }
            line++;
        } else if (c == '\n') {
            line++;
        } else {
            finished = true;
        }
    }

    /** Reads an unquoted field whose first character is c; returns the character that ended it. */
    private int readPlain(int first) throws IOException {
        if (first < 0 || first == delimiter || first == '\n' || first == '\r') {
            fields.add("");
            return first;
        }
        // fast path: the field ends inside the buffer, so it is cut straight out of it
        int start = position - 1;
        for (int i = position; i < limit; i++) {
            char c = buffer[i];
            if (c == delimiter || c == '\n' || c == '\r') {
                fields.add(stripped(start, i));
                position = i + 1;
                return c;
            }
        }
        field.setLength(0);
        int c = first;
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
            field.append((char) c);
            c = read();
        }
        fields.add(field.toString().strip());
        return c;
    }

    private String stripped(int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(buffer[s])) {
            s++;
        }
        while (e > s && Character.isWhitespace(buffer[e - 1])) {
            e--;
        }
        return s == e ? "" : new String(buffer, s, e - s);
    }

    /** Reads a quoted field whose opening quote was just read; returns the character that ended it. */
    private int readQuoted() throws IOException, CsvFormatException {
        long opened = line;
        field.setLength(0);
        while (true) {
            int c = read();
            if (c < 0) {
                throw new CsvFormatException(opened, "a quoted field opened on this line is never closed");
            }
            if (c == '"') {
                if (peek() == '"') {
                    position++;
                    field.append('"');
                    continue;
                }
                break;
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            field.append((char) c);
            if (field.length() > MAX_FIELD_LENGTH) {
                throw new CsvFormatException(opened, "a quoted field opened on this line runs on for more than "
                        + MAX_FIELD_LENGTH + " characters; a closing quote is probably missing");
            }
        }
        String quoted = field.toString();
        field.setLength(0);
        int c = read();
        while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
            field.append((char) c);
            c = read();
        }
        String trailing = field.toString().strip();
        fields.add(trailing.isEmpty() ? quoted : quoted + " " + trailing);
        return c;
    }

    private boolean isBlank(int c) {
        return c == ' ' || c == '\t' && delimiter != '\t';
    }

    /** Looks past blanks before a field: a quote there opens a quoted field (stray white space before quotes). */
    private boolean startsQuoted() {
        int i = position;
        while (true) {
            if (i >= limit) {
                // blanks run to the end of the buffer: treat as plain; rare enough not to refill for
                return false;
            }
            char next = buffer[i];
            if (next == '"') {
                return true;
            }
            if (!isBlank(next)) {
                return false;
            }
            i++;
        }
    }

    private int skipBlanks(int c) throws IOException {
        while (isBlank(c)) {
            c = read();
        }
        return c;
    }

    private int read() throws IOException {
        if (position >= limit && !refill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position >= limit && !refill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean refill() throws IOException {
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            limit = 0;
            position = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
