package io.licensor.service;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.util.ArrayList;
import java.util.List;

/** Refuses to delete something other records still refer to, naming them. */
final class StillUsed {
    private static final int NAMED = 5;

    /** Records of one kind that refer to the thing being deleted. */
    record By(String singular, String plural, List<String> ids) {}

    private StillUsed() {}

    static void refuseIfUsed(String what, List<By> users) {
        List<String> parts = new ArrayList<>();
        for (By by : users) {
            if (!by.ids().isEmpty()) {
                parts.add(describe(by));
            }
        }
        if (!parts.isEmpty()) {
            throw new InputRejectedException(null, new Problem(what, "cannot be deleted: it is still used by "
                    + String.join(" and ", parts) + ". Change or delete those first."));
        }
    }

    private static String describe(By by) {
        List<String> ids = by.ids();
        String named = String.join(", ", ids.subList(0, Math.min(NAMED, ids.size())));
        String more = ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "";
        return (ids.size() == 1 ? by.singular() : by.plural()) + " " + named + more;
    }
}
