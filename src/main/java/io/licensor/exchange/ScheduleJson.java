package io.licensor.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.analytics.RoyaltyLine;
import io.licensor.analytics.RoyaltySchedule;
import io.licensor.analytics.RoyaltyTotals;
import io.licensor.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** The output of {@code licensor simulate} (royalty-terms.md): money as decimal strings in minor units. */
public final class ScheduleJson {
    private ScheduleJson() {}

    /** The schedule as the spec's JSON object; {@code npv} only when the schedule has one. */
    public static ObjectNode toJson(RoyaltySchedule schedule) {
        int minor = Money.minorUnits(schedule.terms().currency());
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("currency", schedule.terms().currency().getCurrencyCode());
        ArrayNode periods = o.putArray("periods");
        for (RoyaltyLine l : schedule.lines()) {
            periods.addObject()
                    .put("periodEnd", l.periodEnd().toString())
                    .put("base", l.base().toPlainString())
                    .put("earned", money(l.earned(), minor))
                    .put("minimumTopUp", money(l.minimumTopUp(), minor))
                    .put("advanceRecouped", money(l.advanceRecouped(), minor))
                    .put("payable", money(l.payable(), minor))
                    .put("withholding", money(l.withholding(), minor))
                    .put("net", money(l.net(), minor));
        }
        RoyaltyTotals t = schedule.totals();
        o.put("upfrontFee", money(t.upfrontFee(), minor));
        o.put("advance", money(t.advance(), minor));
        o.put("totalEarned", money(t.totalEarned(), minor));
        o.put("totalPayable", money(t.totalPayable(), minor));
        o.put("totalIncome", money(t.totalIncome(), minor));
        o.put("totalWithholding", money(t.totalWithholding(), minor));
        o.put("totalNet", money(t.totalNet(), minor));
        if (schedule.npv() != null) {
            o.put("npv", money(schedule.npv(), minor));
        }
        return o;
    }

    /** A money amount as a plain decimal string with exactly {@code minor} decimals. */
    static String money(BigDecimal amount, int minor) {
        return amount.setScale(minor, RoundingMode.HALF_EVEN).toPlainString();
    }
}
