package io.licensor.exchange.statement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers about cell text shared by the detectors and the row validator. */
final class Cells {

    /** Total, Totals, Grand total, Monthly totals, Subtotal - PayPal, Total_Rows, Summe, Gesamt ... */
    private static final Pattern TOTAL_LABEL = Pattern.compile(
            "(?:grand |monthly |sub[- ]?)?totals?(?:\\b|_).*|(?:summe|gesamt|gesamtsumme)\\b.*",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> NO_VALUE_WORDS = Set.of("n/a", "#n/a", "na", "null", "(null)", "none", "nil");

    private Cells() {
    }

    /**
     * True when a cell says "nothing here": empty, dashes ({@code --} as Etsy writes, {@code -}, em and en dashes)
     * or words like {@code N/A}, {@code null}. Such cells are no value, not zero and not an error.
     */
    static boolean isNoValue(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        if (cell.length() <= 3 && isDashes(cell)) {
            return true;
        }
        return cell.length() <= 6 && NO_VALUE_WORDS.contains(cell.toLowerCase(Locale.ROOT));
    }

    /** True when a cell reads like the label of a total or footer row ("Totals", "Total_Amount", "Subtotal"). */
    static boolean isTotalLabel(String raw) {
        String cell = raw.strip();
        if (cell.isEmpty() || cell.length() > 60 || "tTgGmMsS".indexOf(cell.charAt(0)) < 0) {
            // every label starts with one of these letters: most rows are decided without the pattern
            return false;
        }
        return TOTAL_LABEL.matcher(cell).matches();
    }

    /** The first filled cell of a record, or "". */
    static String firstFilled(String[] fields) {
        for (String field : fields) {
            if (!field.isEmpty()) {
                return field;
            }
        }
        return "";
    }

    private static boolean isDashes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '-' && c != '\u2014' && c != '\u2013') {
                return false;
            }
        }
        return true;
    }

    /** Quotes a cell for a message, shortening very long ones. */
    static String quote(String cell) {
        String shown = cell.length() > 40 ? cell.substring(0, 37) + "..." : cell;
        return "'" + shown + "'";
    }

    /** Header text normalised for matching by name: lower case, single spaces, no BOM or surrounding blanks. */
    static String normalizeName(String name) {
        String s = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }
}
