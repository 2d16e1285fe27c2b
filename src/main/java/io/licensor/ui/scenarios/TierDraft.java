package io.licensor.ui.scenarios;

import java.math.BigDecimal;

/**
 * One tier of a structure being edited: where it starts (fixed at 0 for the first tier) and its rate (a fraction of
 * net sales typed as percent, or money per unit).
 */
public final class TierDraft {
    private final DecimalInput from;
    private final DecimalInput rate;

    TierDraft(int index, boolean units, BigDecimal fromValue, BigDecimal rateValue) {
        String n = "Tier " + (index + 1);
        this.from = DecimalInput.amount(n + " threshold");
        from.stepProperty().set(units ? BigDecimal.TEN : new BigDecimal("1000"));
        this.rate = units ? DecimalInput.amount(n + " rate")
                : DecimalInput.percent(n + " rate", BigDecimal.ZERO, BigDecimal.ONE, true);
        rate.stepProperty().set(units ? new BigDecimal("0.01") : new BigDecimal("0.1"));
        from.set(fromValue);
        rate.set(rateValue);
    }

    /** Where the tier starts; the first tier's is 0 and is not edited. */
    public DecimalInput from() {
        return from;
    }

    public DecimalInput rate() {
        return rate;
    }
}
