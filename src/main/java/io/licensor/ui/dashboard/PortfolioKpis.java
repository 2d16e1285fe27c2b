package io.licensor.ui.dashboard;

import io.licensor.analytics.metrics.PortfolioFigures;
import io.licensor.analytics.metrics.RiskCode;
import io.licensor.model.Money;
import io.licensor.service.dashboard.FlagItem;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboard.EndingLicense;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.assetdashboard.Kpi.Tone;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The portfolio dashboard's eight tiles, worded for a person and defined as docs/analytics.md defines them (the
 * tooltips carry the definition and, for ratios, the exact figure).
 */
final class PortfolioKpis {
    static final String INCOME = "Income, last 12 months";
    static final String YIELD = "Portfolio yield";
    static final String RENEWAL = "Renewal rate";
    static final String ENFORCEMENT = "Enforcement cost ratio";
    static final String CONCENTRATION = "Concentration (HHI)";
    static final String NPV = "NPV of licenses in force";
    static final String FLAGS = "Risk flags";
    static final String ENDING = "Ending within 90 days";

    /** How many license ids a tile names at most. */
    static final int MOST_NAMED = 6;

    private PortfolioKpis() {}

    static List<Kpi> of(PortfolioDashboard d) {
        return List.of(income(d), npv(d), yieldOf(d), renewal(d), enforcement(d), concentration(d), flags(d),
                ending(d));
    }

    static String money(PortfolioDashboard d, BigDecimal amount) {
        return Formats.money(new Money(amount, d.currency()));
    }

    private static Kpi income(PortfolioDashboard d) {
        return new Kpi(INCOME, money(d, d.metrics().portfolio().licensingIncome()),
                d.metrics().windowStart().plusDays(1) + " to " + d.asOf(),
                "net receipts (gross minus tax withheld) received in the trailing twelve months, after the as-of date"
                        + " minus 12 months up to and including it, of every kind: royalties, minimum top-ups,"
                        + " upfront fees, advances. Foreign amounts are converted at the latest rate on or before the"
                        + " day received; a license's receipts are split equally over its assets.", null, Tone.NORMAL);
    }

    private static Kpi yieldOf(PortfolioDashboard d) {
        var y = d.yield();
        String detail = y.counted() == 0 ? "No asset has a valuation yet"
                : y.counted() + " valued assets worth " + money(d, y.value())
                        + (y.left() == 0 ? "" : "; " + y.left() + " without a value");
        return new Kpi(YIELD, percent(y.yield()), detail,
                "licensing income over the trailing twelve months of the assets that have a valuation, divided by"
                        + " the sum of their latest valuations on or before the as-of date (each converted at its"
                        + " own date). Assets without a valuation count on neither side.", exact(y.yield()),
                Tone.NORMAL);
    }

    private static Kpi renewal(PortfolioDashboard d) {
        BigDecimal rate = d.metrics().portfolio().renewalRate();
        var r = d.renewals();
        String detail = r.ended().isEmpty() ? "No license ended in the last 12 months"
                : r.renewed().size() + " of " + r.ended().size() + " ended licenses renewed ("
                        + namesUpTo(r.ended(), MOST_NAMED) + ")";
        return new Kpi(RENEWAL, percent(rate), detail, "of the licenses whose end date falls in the trailing"
                + " twelve months, the share that another license renews (names it as the license it renews).",
                exact(rate), Tone.NORMAL);
    }

    private static Kpi enforcement(PortfolioDashboard d) {
        PortfolioFigures p = d.metrics().portfolio();
        BigDecimal ratio = p.enforcementCostRatio();
        Tone tone = ratio != null && ratio.compareTo(BigDecimal.ONE) > 0 ? Tone.WARNING : Tone.NORMAL;
        String detail = "Net cost " + money(d, p.netEnforcementCost())
                + (tone == Tone.WARNING ? ": more than the income" : "");
        return new Kpi(ENFORCEMENT, percent(ratio), detail, "net enforcement cost (cost minus recovered, of"
                + " monitoring, audits and legal action dated in the trailing twelve months) divided by licensing"
                + " income over the same months. None without income.", exact(ratio), tone);
    }

    private static Kpi concentration(PortfolioDashboard d) {
        BigDecimal hhi = d.metrics().portfolio().hhi();
        String value = hhi == null ? Kpi.NONE : hhi.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
        return new Kpi(CONCENTRATION, value, Concentration.reading(d), "the Herfindahl-Hirschman index: the sum of"
                + " each earning asset's squared share of licensing income over the trailing twelve months. 1 means"
                + " all income comes from one asset; 1 / HHI is how many equally earning assets would be as"
                + " concentrated. Below 0.15 reads as diversified, 0.15 to 0.25 as moderately concentrated, 0.25"
                + " and above as concentrated (the bands of the US merger guidelines on a 0 to 1 scale).",
                exact(hhi), hhi != null && hhi.compareTo(Concentration.CONCENTRATED) >= 0 ? Tone.WARNING
                        : Tone.NORMAL);
    }

    private static Kpi npv(PortfolioDashboard d) {
        int valued = d.npv().values().size();
        long refused = d.npv().warnings().stream().filter(w -> w.contains("NPV not computed")).count();
        String detail = valued + (valued == 1 ? " license" : " licenses") + " in force, at "
                + Formats.percent(d.discountRate()) + " a year"
                + (refused == 0 ? "" : "; " + refused + " could not be valued (see warnings)");
        return new Kpi(NPV, money(d, d.npv().total()), detail, "the net present value, at the discount rate"
                + " chosen above, of each license in force on the as-of date: its net upfront fee and advance at"
                + " its start, then the net royalty that the licensee's own reports up to the as-of date earn under"
                + " its terms (the royalty engine), each discounted by (1 + rate)^years from the license's start;"
                + " converted at the latest rate on or before the as-of date and added up.", null, Tone.NORMAL);
    }

    private static Kpi flags(PortfolioDashboard d) {
        List<FlagItem> flags = d.flags();
        long onLicenses = flags.stream().filter(FlagItem::aboutLicense).count();
        boolean underpaid = flags.stream().anyMatch(f -> f.flag().code() == RiskCode.UNDERPAYMENT);
        Tone tone = flags.isEmpty() ? Tone.GOOD : underpaid ? Tone.DANGER : Tone.WARNING;
        String detail = flags.isEmpty() ? "Nothing to check"
                : (flags.size() - onLicenses) + " on assets, " + onLicenses + " on licenses";
        return new Kpi(FLAGS, String.valueOf(flags.size()), detail, "checks of the whole portfolio: under-payment,"
                + " overdue statements, licenses ending without renewal, foreign licensees without planned"
                + " withholding, copyleft components, unclear ownership, AI work without provenance, enforcement"
                + " costing more than it brings. Each flag says why and what to do.", null, tone);
    }

    private static Kpi ending(PortfolioDashboard d) {
        List<EndingLicense> ending = d.endingSoon();
        long unrenewed = ending.stream().filter(e -> e.renewedBy() == null).count();
        String detail = ending.isEmpty() ? "None"
                : namesUpTo(ending.stream().map(EndingLicense::licenseId).toList(), MOST_NAMED)
                        + (unrenewed == 0 ? ", all renewed" : " \u00b7 " + unrenewed + " without renewal");
        return new Kpi(ENDING, String.valueOf(ending.size()), detail, "licenses whose end date is after the as-of"
                + " date and at most 90 days after it. Those without a recorded renewal are also risk flags.",
                null, unrenewed > 0 ? Tone.WARNING : Tone.NORMAL);
    }

    /**
     * The first {@code most} ids, then how many more: a big portfolio can have hundreds of licenses ending in a year,
     * and a tile that names them all would push everything else off the screen.
     */
    static String namesUpTo(List<String> ids, int most) {
        if (ids.size() <= most) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, most)) + " and " + (ids.size() - most) + " more";
    }

    /** A ratio as a percentage with up to two decimals, or the dash when there is none. */
    static String percent(BigDecimal ratio) {
        return ratio == null ? Kpi.NONE : Formats.percent(ratio);
    }

    static String exact(BigDecimal ratio) {
        return ratio == null ? "" : ratio.round(MathContext.DECIMAL64).toPlainString();
    }
}
