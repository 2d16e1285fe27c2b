package io.licensor.analytics.pricing;

import java.math.BigDecimal;

/**
 * A point where two income curves meet.
 *
 * @param base        the licensee's base (net sales or units) where it happens: the lowest base at which the former
 *                    leader is no longer ahead (where a curve jumps past the other, the base of the jump)
 * @param overtakes   true when the other curve leads from here on; false when they only touch (or run level for a
 *                    while) and the same curve leads again afterwards
 * @param leaderAfter 0 when the first curve is ahead just after this point, 1 when the second is, -1 when they run
 *                    level from here on
 */
public record Crossing(BigDecimal base, boolean overtakes, int leaderAfter) {
}
