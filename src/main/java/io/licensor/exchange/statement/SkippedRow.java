package io.licensor.exchange.statement;

/**
 * A row that is not a receipt and was left out on purpose (a total or footer row, a row with nothing in the mapped
 * columns, a row in another currency when asked to skip those). Listed so the user can see nothing went missing.
 *
 * @param line   1-based physical line
 * @param reason why, in plain words
 */
public record SkippedRow(long line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
