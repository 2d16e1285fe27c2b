package io.licensor.exchange.statement;

/** What the first rows of a column hold, as detection saw them. */
public enum ColumnKind {
    /** Dates (in the file's date style). */
    DATE,
    /** Numbers or amounts. */
    NUMBER,
    /** Anything else. */
    TEXT,
    /** No values in the rows looked at. */
    EMPTY
}
