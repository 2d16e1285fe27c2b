package io.licensor.analytics.metrics;

import java.math.BigDecimal;

/**
 * Whole-portfolio figures (metrics.md), money in the reporting currency.
 *
 * @param licensingIncome      sum over assets
 * @param netEnforcementCost   sum over assets
 * @param enforcementCostRatio netEnforcementCost / licensingIncome; null when the income is 0
 * @param renewalRate          share of the licenses ended in the window that were renewed; null when none ended
 * @param hhi                  concentration of income over assets (1 = all from one asset); null when income is not
 *                             positive
 */
public record PortfolioFigures(
        BigDecimal licensingIncome,
        BigDecimal netEnforcementCost,
        BigDecimal enforcementCostRatio,
        BigDecimal renewalRate,
        BigDecimal hhi) {
}
