package io.licensor.exchange.statement;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Reads amounts as statements write them: {@code 1,234.50}, {@code 1.234,50 EUR}, {@code $25.00}, {@code -€5.50},
 * {@code (2.00)}, {@code 2.00-}, {@code .97}, {@code 1.0e-05}. Currency symbols and codes around the number are
 * dropped (the code is kept to check it against the license's currency); parentheses and a trailing minus are
 * negatives. Thousands separators must sit between groups of three digits, so {@code 1,5} is refused rather than
 * read as fifteen. Exact: the result is a BigDecimal with the digits as written.
 */
final class AmountParser {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("₹", "INR"), Map.entry("US$", "USD"),
            Map.entry("CA$", "CAD"), Map.entry("C$", "CAD"), Map.entry("A$", "AUD"), Map.entry("AU$", "AUD"),
            Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"), Map.entry("R$", "BRL"), Map.entry("S$", "SGD"),
            Map.entry("MX$", "MXN"), Map.entry("₩", "KRW"), Map.entry("₽", "RUB"), Map.entry("₺", "TRY"),
            Map.entry("₪", "ILS"), Map.entry("₫", "VND"), Map.entry("₴", "UAH"), Map.entry("₦", "NGN"),
            Map.entry("zł", "PLN"), Map.entry("Fr", "CHF"),
            // symbols several currencies share: stripped, not checked
            Map.entry("kr", ""), Map.entry("$", ""), Map.entry("¥", ""));

    private static final Pattern EXPONENT_TAIL = Pattern.compile("[eE][+-]?\\d{1,3}");

    private final DecimalMark decimal;
    private final ThousandsMark thousands;

    AmountParser(DecimalMark decimal, ThousandsMark thousands) {
        this.decimal = decimal;
        this.thousands = thousands;
    }

    ParsedAmount parse(String raw) {
        String cell = raw.strip();
        if (Cells.isNoValue(cell)) {
            return ParsedAmount.NO_VALUE;
        }
        Scan scan = new Scan(cell);
        if (!scan.peel()) {
            return notANumber(cell, null);
        }
        if (scan.percent) {
            return ParsedAmount.error(Cells.quote(cell) + " is a percentage, not an amount");
        }
        String currency = scan.currency == null ? null : SYMBOLS.getOrDefault(scan.currency, scan.currency);
        BigDecimal value = body(cell, scan.body());
        if (value == null) {
            return notANumber(cell, groupingHint(scan.body()));
        }
        return ParsedAmount.of(scan.negative ? value.negate() : value, currency == null || currency.isEmpty()
                ? null : currency);
    }

    /**
     * The digits-and-marks part of a number-like cell, with sign, currency and parentheses taken off; null when the
     * cell does not look like a number in any convention. Detection uses it to collect evidence.
     */
    static String numberBody(String raw) {
        String cell = raw.strip();
        if (Cells.isNoValue(cell)) {
            return null;
        }
        Scan scan = new Scan(cell);
        if (!scan.peel() || scan.percent) {
            return null;
        }
        String body = scan.body();
        boolean digit = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if ((c == 'e' || c == 'E') && digit && EXPONENT_TAIL.matcher(body.substring(i)).matches()) {
                return body.substring(0, i);
            } else if (".,' \u00A0\u202F\u2019".indexOf(c) < 0) {
                return null;
            }
        }
        return digit ? body : null;
    }

    private static ParsedAmount notANumber(String cell, String hint) {
        return ParsedAmount.error(Cells.quote(cell) + " is not a number" + (hint == null ? "" : ": " + hint));
    }

    private String groupingHint(String body) {
        char other = decimal == DecimalMark.POINT ? ',' : '.';
        if (body.indexOf(other) < 0) {
            return null;
        }
        if (thousands.matches(other)) {
            return "'" + other + "' groups thousands here and must stand between groups of three digits";
        }
        return "the decimal mark here is '" + decimal.symbol() + "', not '" + other + "'";
    }

    /** Digits with marks to a BigDecimal; null when they do not form a number. */
    private BigDecimal body(String cell, String body) {
        int n = body.length();
        if (n == 0) {
            return null;
        }
        char[] digits = new char[n];
        int count = 0;
        int decimalAt = -1;
        int lastGroupMark = -1;
        int digitsSinceMark = 0;
        boolean sawDigit = false;
        for (int i = 0; i < n; i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[count++] = c;
                digitsSinceMark++;
                sawDigit = true;
            } else if (c == decimal.symbol() && decimalAt < 0) {
                if (lastGroupMark >= 0 && digitsSinceMark != 3) {
                    return null;
                }
                decimalAt = i;
                digits[count++] = '.';
            } else if (thousands.matches(c) && decimalAt < 0) {
                boolean firstGroupOk = lastGroupMark >= 0 ? digitsSinceMark == 3 : digitsSinceMark >= 1
                        && digitsSinceMark <= 3;
                if (!firstGroupOk) {
                    return null;
                }
                lastGroupMark = i;
                digitsSinceMark = 0;
            } else if ((c == 'e' || c == 'E') && decimal == DecimalMark.POINT && lastGroupMark < 0 && sawDigit) {
                return exponent(body);
            } else {
                return null;
            }
        }
        if (!sawDigit || (lastGroupMark >= 0 && decimalAt < 0 && digitsSinceMark != 3)) {
            return null;
        }
        return new BigDecimal(digits, 0, count);
    }

    private static BigDecimal exponent(String body) {
        try {
            return new BigDecimal(body);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Peels signs, parentheses, currency and percent off both ends of a cell, leaving the number. */
    private static final class Scan {
        private final String cell;
        private int from;
        private int to;
        boolean negative;
        boolean percent;
        String currency;
        private boolean signed;

        Scan(String cell) {
            this.cell = cell;
            this.to = cell.length();
        }

        String body() {
            return cell.substring(from, to);
        }

        /**
         * Signs, currency and parentheses may come in either order around the number ({@code -€5.50},
         * {@code €-5.50}, {@code (2.00) EUR}, {@code EUR (2.00)}), so the ends are peeled, then a pair of
         * parentheses, then the ends again.
         */
        boolean peel() {
            parentheses();
            if (!ends()) {
                return false;
            }
            return !parentheses() || ends();
        }

        /** Takes a pair of parentheses around what is left; true when there was one. */
        private boolean parentheses() {
            trim();
            if (to - from >= 2 && cell.charAt(from) == '(' && cell.charAt(to - 1) == ')' && !signed) {
                negative = true;
                signed = true;
                from++;
                to--;
                return true;
            }
            return false;
        }

        private boolean ends() {
            return sign(true) && currencyAt(true) && sign(true) && trailing();
        }

        private boolean trailing() {
            trim();
            if (to > from && cell.charAt(to - 1) == '%') {
                percent = true;
                to--;
                return true;
            }
            return sign(false) && currencyAt(false) && sign(false);
        }

        private boolean sign(boolean leading) {
            trim();
            if (from >= to) {
                return true;
            }
            char c = leading ? cell.charAt(from) : cell.charAt(to - 1);
            boolean minus = c == '-' || c == '\u2212';
            if (!minus && c != '+') {
                return true;
            }
            if (signed) {
                return false;
            }
            signed = true;
            negative = minus;
            if (leading) {
                from++;
            } else {
                to--;
            }
            return true;
        }

        /** Takes a currency symbol or code at one end, if there is one; false when it is not currency-like. */
        private boolean currencyAt(boolean leading) {
            trim();
            int i = leading ? from : to;
            if (leading) {
                while (i < to && isCurrencyChar(cell.charAt(i))) {
                    i++;
                }
            } else {
                while (i > from && isCurrencyChar(cell.charAt(i - 1))) {
                    i--;
                }
            }
            String found = leading ? cell.substring(from, i).strip() : cell.substring(i, to).strip();
            if (found.isEmpty()) {
                return true;
            }
            if (!isCurrency(found) || currency != null) {
                return false;
            }
            currency = found;
            if (leading) {
                from = i;
            } else {
                to = i;
            }
            return true;
        }

        private boolean isCurrencyChar(char c) {
            return Character.isLetter(c) || Character.getType(c) == Character.CURRENCY_SYMBOL
                    || c == ' ' || c == '\u00A0';
        }

        private boolean isCurrency(String text) {
            if (SYMBOLS.containsKey(text)) {
                return true;
            }
            if (text.length() == 3 && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))
                    && Character.isUpperCase(text.charAt(2))) {
                return true;
            }
            return text.length() == 1 && Character.getType(text.charAt(0)) == Character.CURRENCY_SYMBOL;
        }

        private void trim() {
            while (from < to && Character.isWhitespace(cell.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(cell.charAt(to - 1))) {
                to--;
            }
        }
    }
}
