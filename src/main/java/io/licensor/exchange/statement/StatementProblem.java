package io.licensor.exchange.statement;

import io.licensor.model.Problem;

/**
 * Something wrong in a statement row, by 1-based physical line and column name: {@code line 14, column 'Royalty':
 * '12,5O' is not a number}.
 *
 * @param line    the physical line (a row spanning lines is named by its first)
 * @param column  the header name of the column, or null when the problem is the whole row
 * @param message what is wrong, in plain words
 */
public record StatementProblem(long line, String column, String message) {

    /** Where it is, as a user reads it. */
    public String where() {
        return "line " + line + (column == null ? "" : ", column '" + column + "'");
    }

    /** As a model problem, for {@link io.licensor.model.InputRejectedException}. */
    public Problem toProblem() {
        return new Problem(where(), message);
    }

    @Override
    public String toString() {
        return where() + ": " + message;
    }
}
