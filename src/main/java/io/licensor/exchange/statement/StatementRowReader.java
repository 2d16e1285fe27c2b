package io.licensor.exchange.statement;

import java.io.Closeable;
import java.io.IOException;

/** Streams the data records of a statement (those after the header, blank lines left out) in a detected format. */
final class StatementRowReader implements Closeable {

    private final DecodingReader decoding;
    private final CsvTokenizer tokenizer;
    private final long headerLine;

    private StatementRowReader(DecodingReader decoding, DetectedFormat format) {
        this.decoding = decoding;
        this.tokenizer = new CsvTokenizer(decoding, format.delimiter().symbol());
        this.headerLine = format.headerLine();
    }

    static StatementRowReader open(StatementSource source, DetectedFormat format) throws IOException {
        DetectedEncoding encoding = format.encoding();
        return new StatementRowReader(new DecodingReader(source.open(), encoding.charset(), encoding.bomLength()),
                format);
    }

    /**
     * The next data record, or null at the end.
     *
     * @throws CsvFormatException                  when a quote is never closed
     * @throws DecodingReader.MalformedBytesException when the bytes are not valid in the encoding
     */
    CsvRecord next() throws IOException, CsvFormatException {
        CsvRecord record;
        while ((record = tokenizer.next()) != null) {
            if (record.line() > headerLine && !record.isBlank()) {
                return record;
            }
        }
        return null;
    }

    /** The physical line the tokenizer has reached. */
    long line() {
        return tokenizer.line();
    }

    long bytesRead() {
        return decoding.bytesRead();
    }

    @Override
    public void close() throws IOException {
        decoding.close();
    }
}
