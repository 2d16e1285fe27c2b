package io.licensor.ui.dashboard;

import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboard.AssetIncome;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The HHI in plain words (decision 0077): the band it falls in, on the 0-to-1 scale of the US merger guidelines'
 * 1,500 and 2,500 points, and what it means for this portfolio: which asset brings the most and how many equally
 * earning assets would be as concentrated (1 / HHI).
 */
final class Concentration {
    static final BigDecimal MODERATE = new BigDecimal("0.15");
    static final BigDecimal CONCENTRATED = new BigDecimal("0.25");
    static final BigDecimal HALF = new BigDecimal("0.5");

    private Concentration() {}

    static String reading(PortfolioDashboard d) {
        BigDecimal hhi = d.metrics().portfolio().hhi();
        if (hhi == null) {
            return "No licensing income in the last 12 months";
        }
        BigDecimal total = d.metrics().portfolio().licensingIncome();
        AssetIncome top = d.topAssets().isEmpty() ? null : d.topAssets().get(0);
        BigDecimal topShare = top == null ? BigDecimal.ZERO : top.income().divide(total, MathContext.DECIMAL64);
        String equal = "like " + BigDecimal.ONE.divide(hhi, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString() + " equal earners";
        if (hhi.compareTo(CONCENTRATED) >= 0) {
            // HHI <= the largest share, so HHI >= 0.5 means one asset brings at least half
            String which = top == null ? "" : " (" + top.assetId() + ", " + Formats.percent(topShare) + ")";
            if (topShare.compareTo(HALF) > 0) {
                return "Concentrated: most income from one asset" + which;
            }
            return "Concentrated: a few assets bring most income" + which;
        }
        if (hhi.compareTo(MODERATE) >= 0) {
            return "Moderately concentrated: " + equal;
        }
        return "Diversified: " + equal;
    }
}
