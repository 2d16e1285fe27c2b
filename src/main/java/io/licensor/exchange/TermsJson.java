package io.licensor.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Royalty terms read and checked in full: the JSON syntax by {@link RoyaltyTermsJson} (the same reader the portfolio
 * file uses, so both refuse the same things in the same words), then every rule of {@link RoyaltyTerms#problems()},
 * each problem named by its JSON path. This is the terms file of {@code licensor simulate --terms}.
 */
public final class TermsJson {
    private TermsJson() {}

    /**
     * Reads a terms file; startDate is required in it.
     *
     * @throws InputRejectedException naming the file and every problem (JSON path and what is wrong)
     */
    public static RoyaltyTerms read(Path file) {
        JsonNode root = Json.readTree(file);
        List<Problem> problems = new ArrayList<>();
        RoyaltyTerms terms = read(root, "", null, problems);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(file.toString(), problems);
        }
        return terms;
    }

    /**
     * Reads one terms object and checks its rules.
     *
     * @param path         the object's JSON path, the prefix of every problem ("" at the top of a file)
     * @param defaultStart null when startDate is required; otherwise the start used when it is left out
     * @return the terms, or null when any problem was found
     */
    public static RoyaltyTerms read(JsonNode node, String path, LocalDate defaultStart, List<Problem> problems) {
        int before = problems.size();
        RoyaltyTerms terms = RoyaltyTermsJson.read(node, path, problems, defaultStart);
        if (terms == null) {
            return null;
        }
        for (Problem p : terms.problems()) {
            problems.add(new Problem(path.isEmpty() ? p.where() : path + "." + p.where(), p.message()));
        }
        return problems.size() > before ? null : terms;
    }
}
