package io.licensor.exchange.statement;

/**
 * The character that groups thousands in amounts ({@code 1,234.50}, {@code 1.234,50}, {@code 1 234,50},
 * {@code 1'234.50}), or none.
 */
public enum ThousandsMark {
    NONE(""),
    COMMA(","),
    POINT("."),
    SPACE(" "),
    APOSTROPHE("'");

    private final String symbol;

    ThousandsMark(String symbol) {
        this.symbol = symbol;
    }

    /** The character as text; "" for none. */
    public String symbol() {
        return symbol;
    }

    /** True when c groups thousands under this mark; SPACE also takes the no-break and thin spaces. */
    boolean matches(char c) {
        switch (this) {
            case COMMA:
                return c == ',';
            case POINT:
                return c == '.';
            case SPACE:
                return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
            case APOSTROPHE:
                return c == '\'' || c == '\u2019';
            default:
                return false;
        }
    }

    /** "", ",", ".", " ", "'"; null when it is none of them. */
    public static ThousandsMark parse(String text) {
        if (text == null) {
            return null;
        }
        for (ThousandsMark t : values()) {
            if (t.symbol.equals(text)) {
                return t;
            }
        }
        return null;
    }
}
