package io.licensor.analytics.metrics;

import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of one asset (metrics.md), money in the reporting currency with its minor units.
 *
 * @param assetId              the asset
 * @param licensingIncome      attributed net receipts dated in the window
 * @param incomeByKind         the same split by receipt kind (every kind present, zero when none)
 * @param yield                licensingIncome / latest valuation; null when none (see metrics.md)
 * @param netEnforcementCost   attributed (cost - recovered) dated in the window
 * @param enforcementCostRatio netEnforcementCost / licensingIncome; null when the income is 0
 */
public record AssetFigures(
        String assetId,
        BigDecimal licensingIncome,
        Map<ReceiptKind, BigDecimal> incomeByKind,
        BigDecimal yield,
        BigDecimal netEnforcementCost,
        BigDecimal enforcementCostRatio) {

    public AssetFigures {
        incomeByKind = Map.copyOf(incomeByKind);
    }
}
