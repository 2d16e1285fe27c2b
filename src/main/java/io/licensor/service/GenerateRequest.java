package io.licensor.service;

import io.licensor.model.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code licensor generate} is asked for: how many assets, licenses and receipts, and the seed that makes the
 * portfolio reproducible (the same request always gives the same portfolio, record for record).
 *
 * @param assets   assets to create (at least 1)
 * @param licenses licenses to create (at least 1)
 * @param receipts receipts to spread evenly over the licenses (0 to 100,000,000; fewer than licenses leaves
 *                 the last licenses without receipts)
 * @param seed     any number; equal seeds give equal portfolios
 */
public record GenerateRequest(int assets, int licenses, long receipts, long seed) {
    /** The largest number of receipts one run writes. */
    public static final long MAX_RECEIPTS = 100_000_000L;
    /** The largest number of receipts one license gets, so periods stay monthly over at most 50 years. */
    public static final int MAX_RECEIPTS_PER_LICENSE = 600;

    /** Every reason the request cannot be generated, each naming its option; empty when it can. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (assets < 1) {
            out.add(new Problem("--assets", "must be at least 1, got " + assets));
        }
        if (licenses < 1) {
            out.add(new Problem("--licenses", "must be at least 1, got " + licenses));
        }
        if (receipts < 0 || receipts > MAX_RECEIPTS) {
            out.add(new Problem("--receipts", "must be between 0 and " + MAX_RECEIPTS + ", got " + receipts));
        } else if (licenses >= 1 && ceilDiv(receipts, licenses) > MAX_RECEIPTS_PER_LICENSE) {
            out.add(new Problem("--receipts", "gives " + ceilDiv(receipts, licenses) + " receipts per license; at "
                    + "most " + MAX_RECEIPTS_PER_LICENSE + " fit (monthly statements over 50 years): ask for more "
                    + "licenses"));
        }
        return out;
    }

    /** How many receipts license number {@code k} (1-based) gets: an even spread, the first ones one more. */
    int receiptsOf(int k) {
        long base = receipts / licenses;
        long extra = receipts % licenses;
        return (int) (base + (k <= extra ? 1 : 0));
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }
}
