package io.licensor.exchange;

import static io.licensor.exchange.JsonTree.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Royalty terms as JSON (shared/spec/royalty-terms.md): the file of {@code licensor simulate --terms} and the
 * {@code terms} object of each license in the portfolio file. Strict: unknown fields, bad decimals and every rule of
 * {@link RoyaltyTerms#problems()} are refused with the JSON path of the field.
 */
public final class TermsJson {
    /** The fields a terms object may have, in the order the spec lists them. */
    public static final Set<String> FIELDS = new LinkedHashSet<>(List.of("currency", "startDate", "upfrontFee",
            "advance", "basis", "tiers", "tierMode", "tierReset", "minimumAnnual", "annualCap", "withholdingRate"));
    private static final Set<String> TIER_FIELDS = new LinkedHashSet<>(List.of("from", "rate"));

    private TermsJson() {}

    /**
     * Reads a terms file (for {@code licensor simulate}); startDate is required there.
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
     * Reads one terms object.
     *
     * @param node         the JSON object
     * @param path         its JSON path, used as the prefix of every problem ("" at the top level of a file,
     *                     e.g. {@code licenses[2].terms} inside the portfolio file)
     * @param defaultStart null when startDate is required (the simulate file); otherwise the license's start: then
     *                     startDate may be left out and, when given, must equal it (portfolio-format.md)
     * @param problems     receives every problem found, each naming its JSON path
     * @return the terms, or null when any problem was found in this object
     */
    public static RoyaltyTerms read(JsonNode node, String path, LocalDate defaultStart, List<Problem> problems) {
        int before = problems.size();
        if (!JsonTree.requireObject(node, path, problems)) {
            return null;
        }
        JsonTree.rejectUnknownFields(node, path, FIELDS, problems);
        Currency currency = JsonTree.currency(node.get("currency"), path(path, "currency"), true, problems);
        LocalDate start = startDate(node, path, defaultStart, problems);
        BigDecimal upfront = JsonTree.decimal(node.get("upfrontFee"), path(path, "upfrontFee"), false, problems);
        BigDecimal advance = JsonTree.decimal(node.get("advance"), path(path, "advance"), false, problems);
        RoyaltyBasis basis = JsonTree.enumValue(node.get("basis"), path(path, "basis"), RoyaltyBasis.class,
                RoyaltyBasis.NET_SALES, problems);
        List<Tier> tiers = tiers(node.get("tiers"), path(path, "tiers"), problems);
        TierMode mode = JsonTree.enumValue(node.get("tierMode"), path(path, "tierMode"), TierMode.class,
                TierMode.MARGINAL, problems);
        TierReset reset = JsonTree.enumValue(node.get("tierReset"), path(path, "tierReset"), TierReset.class,
                TierReset.NEVER, problems);
        BigDecimal minimum = JsonTree.decimal(node.get("minimumAnnual"), path(path, "minimumAnnual"), false, problems);
        BigDecimal cap = JsonTree.decimal(node.get("annualCap"), path(path, "annualCap"), false, problems);
        BigDecimal withholding = JsonTree.decimal(node.get("withholdingRate"), path(path, "withholdingRate"), false,
                problems);
        if (problems.size() > before) {
            return null;
        }
        RoyaltyTerms terms = new RoyaltyTerms(currency, start, money(upfront, currency), money(advance, currency),
                basis, tiers, mode, reset, money(minimum, currency), cap == null ? null : new Money(cap, currency),
                new Rate(withholding == null ? BigDecimal.ZERO : withholding));
        for (Problem p : terms.problems()) {
            problems.add(new Problem(path(path, p.where()), p.message()));
        }
        return problems.size() > before ? null : terms;
    }

    private static LocalDate startDate(JsonNode node, String path, LocalDate defaultStart, List<Problem> problems) {
        String where = path(path, "startDate");
        LocalDate given = JsonTree.date(node.get("startDate"), where, defaultStart == null, problems);
        if (given != null && defaultStart != null && !given.equals(defaultStart)) {
            problems.add(new Problem(where, "is " + given + " but the license starts on " + defaultStart
                    + "; leave startDate out or make it equal to the license's start"));
        }
        return given != null ? given : defaultStart;
    }

    private static List<Tier> tiers(JsonNode node, String path, List<Problem> problems) {
        List<JsonNode> items = JsonTree.array(node, path, true, problems);
        if (items == null) {
            return List.of();
        }
        List<Tier> tiers = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String at = JsonTree.path(path, i);
            JsonNode item = items.get(i);
            if (!JsonTree.requireObject(item, at, problems)) {
                continue;
            }
            JsonTree.rejectUnknownFields(item, at, TIER_FIELDS, problems);
            BigDecimal from = JsonTree.decimal(item.get("from"), path(at, "from"), true, problems);
            BigDecimal rate = JsonTree.decimal(item.get("rate"), path(at, "rate"), true, problems);
            if (from != null && rate != null) {
                tiers.add(new Tier(from, rate));
            }
        }
        return tiers;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount == null ? BigDecimal.ZERO : amount, currency);
    }

    /**
     * The terms as a JSON object with every field written out (money and rates as decimal strings, annualCap null
     * when there is no cap).
     *
     * @param withStartDate false inside a license, where startDate is the license's start and may be left out
     */
    public static ObjectNode toJson(RoyaltyTerms terms, boolean withStartDate) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("currency", terms.currency().getCurrencyCode());
        if (withStartDate) {
            o.put("startDate", terms.startDate().toString());
        }
        o.put("upfrontFee", terms.upfrontFee().amount().toPlainString());
        o.put("advance", terms.advance().amount().toPlainString());
        o.put("basis", terms.basis().name());
        ArrayNode tiers = o.putArray("tiers");
        for (Tier t : terms.tiers()) {
            tiers.addObject().put("from", t.from().toPlainString()).put("rate", t.rate().toPlainString());
        }
        o.put("tierMode", terms.tierMode().name());
        o.put("tierReset", terms.tierReset().name());
        o.put("minimumAnnual", terms.minimumAnnual().amount().toPlainString());
        if (terms.hasCap()) {
            o.put("annualCap", terms.annualCap().amount().toPlainString());
        } else {
            o.putNull("annualCap");
        }
        o.put("withholdingRate", terms.withholdingRate().value().toPlainString());
        return o;
    }
}
