package io.licensor.model;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders ids the way people read them: runs of digits compare as numbers, so {@code A2} comes before {@code A10}.
 * Text runs compare case-insensitively first and exactly second, so the order is total and stable.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The one instance; the comparator holds no state. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = endOfDigits(a, i);
                int ej = endOfDigits(b, j);
                int byNumber = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = ei;
                j = ej;
            } else {
                int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        // "A01" and "A1" are equal as numbers: fall back to the plain string order so distinct ids never tie.
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int endOfDigits(String s, int from) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
