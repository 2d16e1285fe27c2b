package io.licensor.ui.assets;

import io.licensor.model.Problem;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the service's field-named problems ({@code valuations[0].amount}) into sentences for the form. */
final class StorageLimits {
    private static final Pattern LINE = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?");
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("id", "The id"), Map.entry("title", "The title"), Map.entry("description", "The description"),
            Map.entry("registrationNumber", "The registration number"), Map.entry("provenance", "The provenance"),
            Map.entry("jurisdictions", "Jurisdiction"), Map.entry("tags", "Tag"), Map.entry("owners", "Owner"),
            Map.entry("valuations", "Valuation"), Map.entry("components", "Component"));

    private StorageLimits() {}

    static String describe(Problem problem) {
        Matcher line = LINE.matcher(problem.where());
        String subject;
        if (line.matches()) {
            String kind = NAMES.getOrDefault(line.group(1), line.group(1));
            int number = Integer.parseInt(line.group(2)) + 1;
            subject = kind + " " + number + (line.group(3) == null ? "" : ", " + line.group(3) + ",");
        } else {
            subject = NAMES.getOrDefault(problem.where(), problem.where());
        }
        return subject + " " + problem.message() + ".";
    }
}
