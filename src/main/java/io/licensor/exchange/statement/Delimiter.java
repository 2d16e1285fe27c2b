package io.licensor.exchange.statement;

import java.util.Locale;

/** The field separators statements use. */
public enum Delimiter {
    COMMA(',', "comma"),
    SEMICOLON(';', "semicolon"),
    TAB('\t', "tab"),
    PIPE('|', "pipe");

    private final char symbol;
    private final String word;

    Delimiter(char symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    /** The character itself. */
    public char symbol() {
        return symbol;
    }

    /** Its name in plain words ("comma", "tab"), used in the mapping file and messages. */
    public String word() {
        return word;
    }

    /** The delimiter for a character, or null when it is not one of ours. */
    public static Delimiter ofSymbol(char c) {
        for (Delimiter d : values()) {
            if (d.symbol == c) {
                return d;
            }
        }
        return null;
    }

    /** Reads "comma", ",", "tab", "\t" ...; null when unknown. */
    public static Delimiter parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 1) {
            return ofSymbol(text.charAt(0));
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Delimiter d : values()) {
            if (d.word.equals(lower) || d.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return d;
            }
        }
        return null;
    }
}
