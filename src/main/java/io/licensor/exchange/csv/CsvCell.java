package io.licensor.exchange.csv;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cell of an exported table. The caller says what a cell is: a {@link Number} is written as a plain decimal
 * ({@code -12.50}, no grouping, a dot) and never altered; a {@link Text} is written as given, except that text a
 * spreadsheet would read as a formula is neutralised (see {@link CsvWriter}). Telling them apart by type, not by
 * looking at the characters, is what keeps a negative amount a number and a licensee called "-Foo" harmless
 * (docs/decisions/0092-csv-export-and-formula-neutralisation.md).
 */
public sealed interface CsvCell {

    /** An empty cell. */
    CsvCell EMPTY = new Text("");

    /** A number cell; null gives an empty cell. */
    static CsvCell number(BigDecimal value) {
        return value == null ? EMPTY : new Number(value);
    }

    /** A text cell; null gives an empty cell. */
    static CsvCell text(String value) {
        return value == null ? EMPTY : new Text(value);
    }

    /** A decimal number, written with {@link BigDecimal#toPlainString()}. */
    record Number(BigDecimal value) implements CsvCell {
        public Number {
            Objects.requireNonNull(value, "value");
        }
    }

    /** Free text, neutralised when it would start a formula. */
    record Text(String value) implements CsvCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }
}
