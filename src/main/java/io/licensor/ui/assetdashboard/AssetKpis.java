package io.licensor.ui.assetdashboard;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.RiskCode;
import io.licensor.model.Money;
import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.service.dashboard.FlagItem;
import io.licensor.ui.assetdashboard.Kpi.Tone;
import io.licensor.ui.assets.Names;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** An asset dashboard's six tiles, defined as docs/analytics.md defines the figures. */
final class AssetKpis {
    static final String INCOME = "Income, last 12 months";
    static final String YIELD = "Yield";
    static final String ENFORCEMENT = "Enforcement cost ratio";
    static final String NPV = "NPV of its licenses in force";
    static final String VALUATION = "Latest valuation";
    static final String FLAGS = "Risk flags";

    private AssetKpis() {}

    static List<Kpi> of(AssetDashboard d) {
        return List.of(income(d), yieldOf(d), enforcement(d), npv(d), valuation(d), flags(d));
    }

    static String money(AssetDashboard d, BigDecimal amount) {
        return Formats.money(new Money(amount, d.currency()));
    }

    private static Kpi income(AssetDashboard d) {
        AssetFigures f = d.figures();
        return new Kpi(INCOME, money(d, f.licensingIncome()), "of which royalties "
                + money(d, f.incomeByKind().getOrDefault(io.licensor.model.ReceiptKind.ROYALTY, BigDecimal.ZERO)),
                "net receipts (gross minus tax withheld) received in the trailing twelve months, of every kind,"
                        + " converted at the latest rate on or before the day received; a license covering several"
                        + " assets is split equally over them (leftover cents to the first).", null, Tone.NORMAL);
    }

    private static Kpi yieldOf(AssetDashboard d) {
        BigDecimal yield = d.figures().yield();
        String detail = d.valuation() == null ? "No valuation on or before " + d.asOf()
                : "of " + Formats.money(d.valuation().amount()) + " (" + d.valuation().asOf() + ")";
        return new Kpi(YIELD, percent(yield), detail, "licensing income over the trailing twelve months divided by"
                + " the asset's latest valuation dated on or before the as-of date, converted at the valuation's"
                + " date. None without a valuation.", exact(yield), Tone.NORMAL);
    }

    private static Kpi enforcement(AssetDashboard d) {
        BigDecimal ratio = d.figures().enforcementCostRatio();
        boolean exceeds = d.figures().netEnforcementCost().signum() > 0
                && d.figures().netEnforcementCost().compareTo(d.figures().licensingIncome()) > 0;
        return new Kpi(ENFORCEMENT, percent(ratio), "Net cost " + money(d, d.figures().netEnforcementCost())
                + (exceeds ? ": more than the income" : ""), "net enforcement cost (cost minus recovered, of"
                + " monitoring, audits and legal action dated in the trailing twelve months, entries on a license"
                + " split over its assets) divided by licensing income over the same months. None without income.",
                exact(ratio), exceeds ? Tone.WARNING : Tone.NORMAL);
    }

    private static Kpi npv(AssetDashboard d) {
        long inForce = d.licenses().stream().filter(AssetDashboard.AssetLicense::active).count();
        return new Kpi(NPV, money(d, d.npvOfActive()), inForce + (inForce == 1 ? " license" : " licenses")
                + " in force, at " + Formats.percent(d.discountRate()) + " a year", "the asset's share (split like"
                + " income) of the net present value of each license covering it that is in force on the as-of date:"
                + " net upfront fee and advance at the license's start, then the net royalty its licensee's reports"
                + " up to the as-of date earn under its terms, discounted by (1 + rate)^years from the start;"
                + " converted at the latest rate on or before the as-of date.", null, Tone.NORMAL);
    }

    private static Kpi valuation(AssetDashboard d) {
        if (d.valuation() == null) {
            return new Kpi(VALUATION, Kpi.NONE, "None yet: try the calculator", "the asset's latest valuation"
                    + " dated on or before the as-of date, as recorded in the register.", null, Tone.NORMAL);
        }
        return new Kpi(VALUATION, Formats.money(d.valuation().amount()), Names.of(d.valuation().method()) + ", "
                + d.valuation().asOf(), "the asset's latest valuation dated on or before the as-of date, as"
                + " recorded in the register; yield divides income by it.", null, Tone.NORMAL);
    }

    private static Kpi flags(AssetDashboard d) {
        List<FlagItem> flags = d.flags();
        boolean underpaid = flags.stream().anyMatch(f -> f.flag().code() == RiskCode.UNDERPAYMENT);
        Tone tone = flags.isEmpty() ? Tone.GOOD : underpaid ? Tone.DANGER : Tone.WARNING;
        return new Kpi(FLAGS, String.valueOf(flags.size()), flags.isEmpty() ? "Nothing to check"
                : String.join(", ", flags.stream().map(f -> FlagCards.label(f.flag().code())).distinct().toList()),
                "the risk flags raised for the asset and for the licenses covering it; each says why and what to"
                        + " do (listed on the right).", null, tone);
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? Kpi.NONE : Formats.percent(ratio);
    }

    static String exact(BigDecimal ratio) {
        return ratio == null ? "" : ratio.round(MathContext.DECIMAL64).toPlainString();
    }
}
