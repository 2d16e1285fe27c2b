package io.licensor.service;

import java.math.BigInteger;
import java.util.Collection;

/** Suggests the next free id of the form prefix + number. */
final class NextId {
    private NextId() {}

    /** prefix + (the largest n among ids prefix&lt;n&gt; + 1); prefix + "1" when there is none. */
    static String after(String prefix, Collection<String> ids) {
        BigInteger max = BigInteger.ZERO;
        for (String id : ids) {
            if (id.length() > prefix.length() && id.startsWith(prefix)) {
                String digits = id.substring(prefix.length());
                if (digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    max = max.max(new BigInteger(digits));
                }
            }
        }
        return prefix + max.add(BigInteger.ONE);
    }
}
