package io.licensor.analytics.metrics;

import io.licensor.model.License;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Portfolio;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierReset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Places a portfolio on the source article's five-level maturity model, from the terms of the licenses in force on
 * a date. The article describes the levels loosely; these rules are this product's reading of them, in terms of
 * what a contract here can express (docs/analytics.md, "Maturity model"). Each level needs the ones below it.
 * <ol>
 * <li>BASIC: at least one license in force.</li>
 * <li>STRUCTURED: a license in force with two or more tiers (volume-based pricing).</li>
 * <li>DYNAMIC: a tiered license in force whose terms also adjust each contract year: tiers that restart each year,
 * a minimum annual royalty or an annual cap.</li>
 * <li>ECOSYSTEM: licenses in force with at least three different licensees, one license bundling two or more assets,
 * and one asset licensed to two or more different licensees.</li>
 * <li>AI_OPTIMIZED: never derived: real-time algorithmic pricing does not show in contract terms.</li>
 * </ol>
 */
public final class MaturityModel {
    private MaturityModel() {}

    /**
     * Where the portfolio stands.
     *
     * @param level    the highest level whose rule (and every lower one) is met
     * @param evidence one sentence per rule met, naming the licenses that meet it
     * @param nextStep what would reach the next level
     */
    public record Assessment(MaturityLevel level, List<String> evidence, String nextStep) {
        public Assessment {
            evidence = List.copyOf(evidence);
        }
    }

    /** The assessment from the licenses in force on {@code asOf}. */
    public static Assessment assess(Portfolio portfolio, LocalDate asOf) {
        List<License> inForce = portfolio.licenses().stream().filter(l -> l.isActiveOn(asOf)).toList();
        List<String> evidence = new ArrayList<>();
        if (inForce.isEmpty()) {
            return new Assessment(MaturityLevel.NONE, evidence, "License an asset: even one flat-rate license starts"
                    + " an income stream and a track record.");
        }
        evidence.add(inForce.size() + " license(s) in force: " + ids(inForce));
        List<License> tiered = inForce.stream().filter(l -> l.terms().tiers().size() >= 2).toList();
        if (tiered.isEmpty()) {
            return new Assessment(MaturityLevel.BASIC, evidence, "Structure a deal by volume: tiers that raise the rate"
                    + " as the licensee sells more share the upside (compare them in the scenario studio).");
        }
        evidence.add("tiered on volume: " + ids(tiered));
        List<License> dynamic = tiered.stream().filter(l -> adjustsYearly(l.terms())).toList();
        if (dynamic.isEmpty()) {
            return new Assessment(MaturityLevel.STRUCTURED, evidence, "Make tiered terms respond to each year: tiers"
                    + " that restart every contract year, a minimum annual royalty or an annual cap.");
        }
        evidence.add("tiered terms that adjust each contract year: " + ids(dynamic));
        String missing = ecosystemGap(inForce, evidence);
        if (missing != null) {
            return new Assessment(MaturityLevel.DYNAMIC, evidence, "Build a licensing network: " + missing + ".");
        }
        return new Assessment(MaturityLevel.ECOSYSTEM, evidence, "Level 5 (real-time, data-driven pricing) is beyond"
                + " what contract terms show; keep reviewing rates against your metrics and the scenario studio.");
    }

    private static boolean adjustsYearly(RoyaltyTerms t) {
        return t.tierReset() == TierReset.CONTRACT_YEAR || t.hasMinimum() || t.hasCap();
    }

    /** Adds evidence for each ecosystem rule met; returns what is missing, or null when all are met. */
    private static String ecosystemGap(List<License> inForce, List<String> evidence) {
        List<String> missing = new ArrayList<>();
        Set<String> licensees = new HashSet<>();
        inForce.forEach(l -> licensees.add(l.licensee().trim().toLowerCase(Locale.ROOT)));
        if (licensees.size() >= 3) {
            evidence.add(licensees.size() + " different licensees");
        } else {
            missing.add("license to at least three different partners (now " + licensees.size() + ")");
        }
        List<License> bundles = inForce.stream().filter(l -> l.assetIds().size() >= 2).toList();
        if (!bundles.isEmpty()) {
            evidence.add("bundles of assets: " + ids(bundles));
        } else {
            missing.add("bundle two or more assets in one license");
        }
        Map<String, Set<String>> licenseesByAsset = new HashMap<>();
        for (License l : inForce) {
            for (String a : l.assetIds()) {
                licenseesByAsset.computeIfAbsent(a, x -> new HashSet<>()).add(l.licensee().trim().toLowerCase(Locale.ROOT));
            }
        }
        List<String> shared = licenseesByAsset.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .map(Map.Entry::getKey).sorted(NaturalOrder.INSTANCE).toList();
        if (!shared.isEmpty()) {
            evidence.add("assets licensed to several partners: " + some(shared));
        } else {
            missing.add("license one asset to two or more partners");
        }
        return missing.isEmpty() ? null : String.join("; ", missing);
    }

    /** Evidence names at most this many ids: a line naming 40,000 licenses helps no one and costs a lot to draw. */
    static final int IDS_SHOWN = 10;

    private static String ids(List<License> licenses) {
        return some(licenses.stream().limit(IDS_SHOWN + 1L).map(License::id).toList(), licenses.size());
    }

    private static String some(List<String> ids) {
        return some(ids.subList(0, Math.min(ids.size(), IDS_SHOWN + 1)), ids.size());
    }

    /** The first ids, then "and N more" when there are more than {@link #IDS_SHOWN}. */
    private static String some(List<String> first, int total) {
        if (total <= IDS_SHOWN) {
            return String.join(", ", first);
        }
        return String.join(", ", first.subList(0, IDS_SHOWN)) + " and " + (total - IDS_SHOWN) + " more";
    }
}
