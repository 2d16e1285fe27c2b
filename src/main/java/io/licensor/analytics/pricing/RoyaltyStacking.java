package io.licensor.analytics.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Royalty stacking: several licenses take a share of the same product's net sales, and together they must not
 * exceed a cap on the combined burden (what the product can bear). When the nominal rates add up to more than the
 * cap, every rate is cut by the same factor s, except that no license goes below its own floor: a license whose cut
 * rate would fall under its floor stays at the floor, and s is recomputed for the others over what is left of the
 * cap, until no more floors bind (water-filling). If the floors alone exceed the cap, every license is at its floor
 * and the cap is not met; the result says so. Cut rates are rounded down to 10 decimals, so rounding never pushes
 * the combined burden over the cap.
 */
public final class RoyaltyStacking {
    private static final int RATE_DECIMALS = 10;

    private RoyaltyStacking() {}

    /**
     * One license on the product.
     *
     * @param name  how the user knows it
     * @param rate  its nominal royalty rate on net sales, 0..1
     * @param floor the lowest rate it accepts, 0..rate
     */
    public record Stacked(String name, BigDecimal rate, BigDecimal floor) {
        public Stacked {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(floor, "floor");
        }
    }

    /**
     * A license's share after stacking.
     *
     * @param license      the input
     * @param adjustedRate its rate after the cut
     * @param atFloor      true when its floor stopped the cut
     */
    public record Share(Stacked license, BigDecimal adjustedRate, boolean atFloor) {
        /** Its royalty on {@code netSales}, rounded half-even to {@code minorUnits}. */
        public BigDecimal royaltyOn(BigDecimal netSales, int minorUnits) {
            return netSales.multiply(adjustedRate).setScale(minorUnits, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * The stack.
     *
     * @param shares          per license, in input order
     * @param nominalBurden   sum of the nominal rates
     * @param combinedBurden  sum of the adjusted rates
     * @param cap             the cap
     * @param capMet          combinedBurden &lt;= cap (false only when the floors alone exceed it)
     * @param factor          the common factor s applied to the licenses not at their floor (1 when no cut)
     */
    public record Result(List<Share> shares, BigDecimal nominalBurden, BigDecimal combinedBurden, BigDecimal cap,
            boolean capMet, BigDecimal factor) {
        public Result {
            shares = List.copyOf(shares);
        }
    }

    /**
     * Shares the cap out.
     *
     * @throws IllegalArgumentException for a rate outside 0..1, a floor outside 0..rate, or a cap outside 0..1
     */
    public static Result stack(List<Stacked> licenses, BigDecimal cap) {
        check(licenses, cap);
        BigDecimal nominal = sum(licenses.stream().map(Stacked::rate).toList());
        if (nominal.compareTo(cap) <= 0) {
            List<Share> shares = licenses.stream().map(l -> new Share(l, l.rate(), false)).toList();
            return new Result(shares, nominal, nominal, cap, true, BigDecimal.ONE);
        }
        BigDecimal floors = sum(licenses.stream().map(Stacked::floor).toList());
        if (floors.compareTo(cap) >= 0) {
            List<Share> shares = licenses.stream().map(l -> new Share(l, l.floor(), true)).toList();
            return new Result(shares, nominal, floors, cap, floors.compareTo(cap) == 0, BigDecimal.ZERO);
        }
        boolean[] pinned = new boolean[licenses.size()];
        BigDecimal factor = waterFill(licenses, cap, pinned);
        List<Share> shares = new ArrayList<>(licenses.size());
        for (int i = 0; i < licenses.size(); i++) {
            Stacked l = licenses.get(i);
            BigDecimal rate = pinned[i] ? l.floor()
                    : l.rate().multiply(factor).setScale(RATE_DECIMALS, RoundingMode.DOWN).max(l.floor());
            shares.add(new Share(l, rate, pinned[i]));
        }
        BigDecimal combined = sum(shares.stream().map(Share::adjustedRate).toList());
        return new Result(shares, nominal, combined, cap, combined.compareTo(cap) <= 0,
                factor.round(MathContext.DECIMAL64));
    }

    /** Pins licenses at their floors until the common factor leaves every other license above its own floor. */
    private static BigDecimal waterFill(List<Stacked> licenses, BigDecimal cap, boolean[] pinned) {
        while (true) {
            BigDecimal left = cap;
            BigDecimal free = BigDecimal.ZERO;
            for (int i = 0; i < licenses.size(); i++) {
                if (pinned[i]) {
                    left = left.subtract(licenses.get(i).floor());
                } else {
                    free = free.add(licenses.get(i).rate());
                }
            }
            if (free.signum() == 0) {
                return BigDecimal.ZERO;
            }
            BigDecimal factor = left.divide(free, MathContext.DECIMAL128);
            boolean changed = false;
            for (int i = 0; i < licenses.size(); i++) {
                Stacked l = licenses.get(i);
                if (!pinned[i] && l.rate().multiply(factor).compareTo(l.floor()) < 0) {
                    pinned[i] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return factor;
            }
        }
    }

    private static void check(List<Stacked> licenses, BigDecimal cap) {
        if (cap.signum() < 0 || cap.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the cap on the combined burden must be between 0 and 1 (100 %)");
        }
        for (Stacked l : licenses) {
            if (l.rate().signum() < 0 || l.rate().compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException(l.name() + ": the rate must be between 0 and 1 (100 %)");
            }
            if (l.floor().signum() < 0 || l.floor().compareTo(l.rate()) > 0) {
                throw new IllegalArgumentException(l.name() + ": the floor must be between 0 and the rate");
            }
        }
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
