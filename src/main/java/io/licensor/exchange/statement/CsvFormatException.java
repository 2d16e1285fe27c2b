package io.licensor.exchange.statement;

/** The CSV text cannot be split into records from some line on (a quote is never closed, a field runs away). */
final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;

    CsvFormatException(long line, String message) {
        super(message);
        this.line = line;
    }

    /** 1-based physical line where the trouble starts. */
    long line() {
        return line;
    }
}
