package io.licensor.service;

import java.util.Collection;

/**
 * The next free id of a receipt or an enforcement entry, from ids already known (a portfolio snapshot), so that a
 * section with a hundred thousand receipts in memory need not read them all again to add one.
 */
public final class NextIds {
    private NextIds() {}

    /** "R" + (the largest number among ids R&lt;n&gt;, plus 1); "R1" when there is none. */
    public static String receipt(Collection<String> ids) {
        return NextId.after("R", ids);
    }

    /** "E" + (the largest number among ids E&lt;n&gt;, plus 1); "E1" when there is none. */
    public static String enforcement(Collection<String> ids) {
        return NextId.after("E", ids);
    }
}
