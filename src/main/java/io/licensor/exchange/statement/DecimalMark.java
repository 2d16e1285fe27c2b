package io.licensor.exchange.statement;

/** The character that separates whole units from fractions in amounts. */
public enum DecimalMark {
    POINT('.'),
    COMMA(',');

    private final char symbol;

    DecimalMark(char symbol) {
        this.symbol = symbol;
    }

    public char symbol() {
        return symbol;
    }

    /** The thousands separator that usually goes with this decimal mark. */
    public ThousandsMark usualThousands() {
        return this == POINT ? ThousandsMark.COMMA : ThousandsMark.POINT;
    }

    /** "." or ","; null when it is neither. */
    public static DecimalMark parse(String text) {
        if (".".equals(text)) {
            return POINT;
        }
        if (",".equals(text)) {
            return COMMA;
        }
        return null;
    }
}
