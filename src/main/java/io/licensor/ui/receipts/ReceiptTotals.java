package io.licensor.ui.receipts;

import io.licensor.service.LicenseReconciliation;
import io.licensor.service.LicenseTotals;
import io.licensor.service.Reconciliation;
import io.licensor.ui.receipts.Figure.Tone;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** The totals bar under the receipts table, as figures: one license's totals, or every license's in one currency. */
final class ReceiptTotals {
    private static final String EXPECTED_TIP = "What the terms give for the sales (or units) the licensee itself "
            + "reported: the royalty engine run on every reported royalty period up to %s, in period order, minimum "
            + "top-ups included, the advance recouped. Upfront fees and advances are not part of it.";
    private static final String RECEIVED_TIP = "Gross of the royalty and minimum top-up payments for periods ending "
            + "up to %s, with or without a report.";
    private static final String SHORTFALL_TIP = "Expected - received. Positive: the licensee paid less than its own "
            + "statements imply.";
    private static final String NET_TIP = "Every payment counted (upfront fees and advances too), less what the "
            + "licensee withheld at source.";

    private ReceiptTotals() {}

    /** The figures of one license. */
    static List<Figure> of(LicenseReconciliation l, Reconciliation rec) {
        LicenseTotals t = l.totals();
        Currency c = t.currency();
        LicenseTotals.Converted in = t.inReporting();
        boolean foreign = !c.equals(rec.reportingCurrency());
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("Expected", money(t.expected(), c), foreign ? converted(in == null ? null : in.expected(),
                rec) : "", String.format(EXPECTED_TIP, rec.asOf()), Tone.NORMAL));
        out.add(new Figure("Received", money(t.received(), c), foreign ? converted(in == null ? null : in.received(),
                rec) : "", String.format(RECEIVED_TIP, rec.asOf()), Tone.NORMAL));
        out.add(shortfall(t.shortfall(), c, t.shortPeriods(), foreign ? converted(in == null ? null : in.shortfall(),
                rec) : ""));
        out.add(new Figure("Withheld", money(t.withholding(), c), "", "What the licensee withheld at source on every"
                + " payment counted.", Tone.NORMAL));
        out.add(new Figure("Net received", money(t.net(), c), foreign ? converted(in == null ? null : in.net(), rec)
                : "", NET_TIP, Tone.NORMAL));
        return out;
    }

    /** Every license, in the reporting currency at the latest rates. */
    static List<Figure> overall(Reconciliation rec) {
        Reconciliation.Overall o = rec.overall();
        Currency c = o.currency();
        String note = "in " + c.getCurrencyCode() + " at the latest rates";
        String leftOut = o.leftOut().isEmpty() ? "" : " Left out (no exchange rate): " + String.join(", ",
                o.leftOut()) + ".";
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("Expected, all licenses", money(o.expected(), c), note,
                String.format(EXPECTED_TIP, rec.asOf()) + " Each license converted at the latest rate on or before "
                        + rec.asOf() + "." + leftOut, Tone.NORMAL));
        out.add(new Figure("Received", money(o.received(), c), note, String.format(RECEIVED_TIP, rec.asOf())
                + leftOut, Tone.NORMAL));
        String periods = o.shortPeriods() == 0 ? "no period short" : o.shortPeriods() + (o.shortPeriods() == 1
                ? " period" : " periods") + " short in " + o.licensesShort() + (o.licensesShort() == 1 ? " license"
                : " licenses");
        Figure s = shortfall(o.shortfall(), c, o.shortPeriods(), periods);
        out.add(new Figure(s.caption(), s.value(), periods, s.tooltip() + leftOut, s.tone()));
        out.add(new Figure("Net received", money(o.net(), c), note, NET_TIP + leftOut, Tone.NORMAL));
        return out;
    }

    private static Figure shortfall(BigDecimal shortfall, Currency c, int shortPeriods, String secondary) {
        if (shortfall == null) {
            return new Figure("Shortfall", "-", secondary, "The license's terms cannot be computed.", Tone.MUTED);
        }
        boolean isShort = shortfall.compareTo(BigDecimal.ONE) > 0 || shortPeriods > 0;
        String value = isShort ? "Short " + money(shortfall, c) : money(shortfall, c);
        String periods = shortPeriods == 0 ? "" : " " + shortPeriods + (shortPeriods == 1 ? " period is" : " periods"
                + " are") + " short by more than one " + c.getCurrencyCode() + ".";
        return new Figure("Shortfall", value, secondary, SHORTFALL_TIP + periods,
                isShort ? Tone.DANGER : Tone.SUCCESS);
    }

    private static String money(BigDecimal amount, Currency c) {
        return amount == null ? "-" : ReceiptTexts.money(amount, c);
    }

    private static String converted(BigDecimal amount, Reconciliation rec) {
        return amount == null ? "no " + rec.reportingCurrency().getCurrencyCode() + " rate"
                : "\u2248 " + ReceiptTexts.money(amount, rec.reportingCurrency());
    }
}
