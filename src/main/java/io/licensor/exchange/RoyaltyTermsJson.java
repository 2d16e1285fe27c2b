package io.licensor.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Royalty terms in JSON (shared/spec/royalty-terms.md), as found inside a license of the portfolio file. Reading is
 * strict (unknown fields, wrong types, bad decimals and enum values are problems with their JSON path); the
 * semantic rules ({@link RoyaltyTerms#problems()}) are left to the caller, which knows the full path.
 */
public final class RoyaltyTermsJson {
    private RoyaltyTermsJson() {}

    /**
     * Reads the terms object at {@code path}, adding each problem to {@code problems}.
     *
     * @param defaultStart the start date when {@code startDate} is left out (a license's start), or null when
     *     {@code startDate} is required
     * @return the terms, or null when any problem was found in them
     */
    public static RoyaltyTerms read(JsonNode node, String path, List<Problem> problems, LocalDate defaultStart) {
        return read(new JsonFields(node, path, problems), defaultStart);
    }

    static RoyaltyTerms read(JsonFields t, LocalDate defaultStart) {
        Currency currency = t.requiredCurrency("currency");
        LocalDate startDate = defaultStart == null ? t.requiredDate("startDate") : t.optionalDate("startDate");
        BigDecimal upfront = orZero(t.optionalDecimal("upfrontFee"));
        BigDecimal advance = orZero(t.optionalDecimal("advance"));
        RoyaltyBasis basis = t.optionalEnum("basis", RoyaltyBasis.class, RoyaltyBasis.NET_SALES);
        List<Tier> tiers = tiers(t);
        TierMode mode = t.optionalEnum("tierMode", TierMode.class, TierMode.MARGINAL);
        TierReset reset = t.optionalEnum("tierReset", TierReset.class, TierReset.NEVER);
        BigDecimal minimum = orZero(t.optionalDecimal("minimumAnnual"));
        BigDecimal cap = t.optionalDecimal("annualCap");
        BigDecimal withholding = orZero(t.optionalDecimal("withholdingRate"));
        t.finish();
        if (t.hasProblems()) {
            return null;
        }
        return new RoyaltyTerms(currency, startDate == null ? defaultStart : startDate, Money.of(upfront, currency),
                Money.of(advance, currency), basis, tiers, mode, reset, Money.of(minimum, currency),
                cap == null ? null : Money.of(cap, currency), new Rate(withholding));
    }

    private static List<Tier> tiers(JsonFields t) {
        List<Tier> tiers = new ArrayList<>();
        if (t.value("tiers") == null) {
            t.problem("tiers", "is required: one or more {\"from\", \"rate\"} (a flat royalty is one tier from 0)");
            return tiers;
        }
        t.eachElement("tiers", (node, path) -> {
            JsonFields tier = t.nested(node, path);
            BigDecimal from = tier.requiredDecimal("from");
            BigDecimal rate = tier.requiredDecimal("rate");
            tier.finish();
            if (from != null && rate != null) {
                tiers.add(new Tier(from, rate));
            }
        });
        return tiers;
    }

    private static BigDecimal orZero(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
