package io.licensor.exchange;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.analytics.metrics.MetricsSnapshot;
import io.licensor.analytics.metrics.PortfolioFigures;
import io.licensor.analytics.metrics.RiskFlag;
import java.math.BigDecimal;

/**
 * The output of {@code licensor metrics} (metrics.md): money as decimal strings in minor units, ratios as JSON
 * numbers (16 significant digits, never in exponent form) or null where the spec says there is none.
 */
public final class MetricsJson {
    private MetricsJson() {}

    /** The snapshot as the spec's JSON object. */
    public static ObjectNode toJson(MetricsSnapshot m) {
        ObjectNode o = Json.mapper().createObjectNode();
        o.put("asOf", m.asOf().toString());
        o.put("reportingCurrency", m.reportingCurrency().getCurrencyCode());
        PortfolioFigures p = m.portfolio();
        ObjectNode portfolio = o.putObject("portfolio");
        portfolio.put("licensingIncome", p.licensingIncome().toPlainString());
        portfolio.put("netEnforcementCost", p.netEnforcementCost().toPlainString());
        ratio(portfolio, "enforcementCostRatio", p.enforcementCostRatio());
        ratio(portfolio, "renewalRate", p.renewalRate());
        ratio(portfolio, "hhi", p.hhi());
        ArrayNode assets = o.putArray("assets");
        for (AssetFigures a : m.assets()) {
            ObjectNode n = assets.addObject();
            n.put("id", a.assetId());
            n.put("licensingIncome", a.licensingIncome().toPlainString());
            ratio(n, "yield", a.yield());
            n.put("netEnforcementCost", a.netEnforcementCost().toPlainString());
            ratio(n, "enforcementCostRatio", a.enforcementCostRatio());
        }
        ArrayNode licenses = o.putArray("licenses");
        for (LicenseFigures l : m.licenses()) {
            ObjectNode n = licenses.addObject();
            n.put("id", l.licenseId());
            n.put("currency", l.currency().getCurrencyCode());
            money(n, "expected", l.expected());
            money(n, "received", l.received());
            money(n, "shortfall", l.shortfall());
        }
        ArrayNode flags = o.putArray("flags");
        for (RiskFlag f : m.flags()) {
            ObjectNode n = flags.addObject();
            n.put("code", f.code().name());
            if (f.assetId() != null) {
                n.put("asset", f.assetId());
            } else {
                n.put("license", f.licenseId());
            }
        }
        ArrayNode warnings = o.putArray("warnings");
        m.warnings().forEach(warnings::add);
        return o;
    }

    private static void ratio(ObjectNode o, String field, BigDecimal value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value);
        }
    }

    private static void money(ObjectNode o, String field, BigDecimal value) {
        if (value == null) {
            o.putNull(field);
        } else {
            o.put(field, value.toPlainString());
        }
    }
}
