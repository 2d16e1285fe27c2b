package io.licensor.exchange.statement;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Votes on the decimal mark and thousands separator from number cells. A cell with both '.' and ',' decides (the
 * last one is the decimal mark); a single mark followed by other than three digits decides ({@code 12,5});
 * {@code 1,234} alone could be either and only counts as ambiguous.
 */
final class NumberEvidence {

    /** 1 234,50 or 1'234.50: spaces and apostrophes only count as thousands marks between groups of three. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:[ '\u00A0\u202F\u2019]\\d{3})+(?:[.,]\\d+)?");

    private int pointVotes;
    private int commaVotes;
    private int ambiguous;
    private final Map<ThousandsMark, Integer> thousands = new EnumMap<>(ThousandsMark.class);

    void add(String body) {
        if (GROUPED.matcher(body).matches()) {
            char mark = body.charAt(firstNonDigit(body));
            vote(mark == '\'' || mark == '\u2019' ? ThousandsMark.APOSTROPHE : ThousandsMark.SPACE);
            body = body.replaceAll("[ '\u00A0\u202F\u2019]", "");
        }
        int dots = 0;
        int commas = 0;
        int lastDot = -1;
        int lastComma = -1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            }
        }
        if (dots > 0 && commas > 0) {
            boolean pointDecimal = lastDot > lastComma;
            countDecimal(pointDecimal ? DecimalMark.POINT : DecimalMark.COMMA);
            vote(pointDecimal ? ThousandsMark.COMMA : ThousandsMark.POINT);
        } else if (commas > 0) {
            single(body, commas, lastComma, DecimalMark.COMMA, ThousandsMark.COMMA);
        } else if (dots > 0) {
            single(body, dots, lastDot, DecimalMark.POINT, ThousandsMark.POINT);
        }
    }

    private static int firstNonDigit(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isDigit(body.charAt(i))) {
                return i;
            }
        }
        return 0;
    }

    private void single(String body, int count, int last, DecimalMark asDecimal, ThousandsMark asThousands) {
        DecimalMark other = asDecimal == DecimalMark.POINT ? DecimalMark.COMMA : DecimalMark.POINT;
        if (count > 1) {
            countDecimal(other);
            vote(asThousands);
            return;
        }
        int after = body.length() - last - 1;
        if (after == 3 && last >= 1 && last <= 3) {
            ambiguous++;
        } else {
            countDecimal(asDecimal);
        }
    }

    private void countDecimal(DecimalMark mark) {
        if (mark == DecimalMark.POINT) {
            pointVotes++;
        } else {
            commaVotes++;
        }
    }

    private void vote(ThousandsMark mark) {
        thousands.merge(mark, 1, Integer::sum);
    }

    int pointVotes() {
        return pointVotes;
    }

    int commaVotes() {
        return commaVotes;
    }

    int ambiguous() {
        return ambiguous;
    }

    /** The thousands separator seen most that is not the decimal mark, or null when none was seen. */
    ThousandsMark thousandsFor(DecimalMark decimal) {
        ThousandsMark best = null;
        int bestCount = 0;
        for (Map.Entry<ThousandsMark, Integer> e : thousands.entrySet()) {
            boolean clashes = e.getKey().symbol().equals(String.valueOf(decimal.symbol()));
            if (!clashes && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }
}
