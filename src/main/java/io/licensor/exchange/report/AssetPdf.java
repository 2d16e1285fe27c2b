package io.licensor.exchange.report;

import io.licensor.analytics.metrics.AssetFigures;
import io.licensor.model.Asset;
import io.licensor.model.Component;
import io.licensor.model.Owner;
import io.licensor.model.ReceiptKind;
import io.licensor.model.Valuation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Writes the per-asset report (docs/reports.md) as PDF: the asset's facts, its figures from PortfolioMetrics, a
 * chart of income per quarter by license, its flags explained and its licenses. Pure: figures in, bytes out.
 */
public final class AssetPdf {
    private static final float CHART_PLOT = 170;

    private AssetPdf() {}

    /** The report as PDF bytes. */
    public static byte[] write(AssetReportData data) {
        Asset asset = data.asset();
        try (ReportDocument doc = new ReportDocument("Asset report " + asset.id(), "Asset report, " + asset.id()
                + " " + asset.title() + ", " + data.portfolio() + ", as of " + data.asOf())) {
            doc.title("Asset report: " + asset.title());
            doc.paragraph(asset.id() + " in " + data.portfolio() + ", as of " + data.asOf() + ". Figures cover the "
                    + "twelve months after " + data.windowStart() + ", in " + data.currency().getCurrencyCode() + ".");
            facts(doc, data);
            ownersAndValuations(doc, data);
            components(doc, data);
            figures(doc, data);
            chart(doc, data);
            flags(doc, data);
            licenses(doc, data);
            if (!data.warnings().isEmpty()) {
                doc.heading("Notes");
                data.warnings().forEach(doc::bullet);
            }
            return doc.toBytes();
        }
    }

    private static void facts(ReportDocument doc, AssetReportData data) {
        Asset a = data.asset();
        doc.heading("Facts");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Type", words(a.type().name())});
        if (a.description() != null && !a.description().isBlank()) {
            facts.add(new String[] {"Description", a.description()});
        }
        facts.add(new String[] {"Jurisdictions", a.jurisdictions().isEmpty() ? "none recorded"
                : String.join(", ", a.jurisdictions())});
        if (a.registrationNumber() != null && !a.registrationNumber().isBlank()) {
            facts.add(new String[] {"Registration", a.registrationNumber()});
        }
        facts.add(new String[] {"Created", a.createdOn() == null ? "not recorded" : a.createdOn().toString()});
        facts.add(new String[] {"Expires", a.expiresOn() == null ? "no expiry recorded" : a.expiresOn().toString()});
        facts.add(new String[] {"AI provenance", provenance(a)});
        if (!a.tags().isEmpty()) {
            facts.add(new String[] {"Tags", String.join(", ", a.tags())});
        }
        doc.facts(facts);
    }

    private static String provenance(Asset a) {
        if (!a.aiGenerated()) {
            return "Not AI-generated.";
        }
        return a.provenance() == null || a.provenance().isBlank()
                ? "AI-generated; no provenance record (see the flags)."
                : "AI-generated. Provenance: " + a.provenance();
    }

    private static void ownersAndValuations(ReportDocument doc, AssetReportData data) {
        Asset a = data.asset();
        doc.heading("Owners and valuations");
        List<TableSpec.Row> owners = new ArrayList<>();
        for (Owner o : a.owners()) {
            owners.add(TableSpec.Row.of(o.name(), ReportFormats.percent(o.share())));
        }
        if (owners.isEmpty()) {
            doc.paragraph("No owner recorded.");
        } else {
            doc.table(new TableSpec(List.of(TableSpec.Column.left("Owner", 4), TableSpec.Column.right("Share", 1)),
                    owners));
        }
        List<TableSpec.Row> valuations = new ArrayList<>();
        for (Valuation v : a.valuations()) {
            valuations.add(TableSpec.Row.of(v.asOf().toString(), words(v.method().name()),
                    ReportFormats.money(v.amount())));
        }
        if (valuations.isEmpty()) {
            doc.paragraph("No valuation recorded.");
        } else {
            doc.table(new TableSpec(List.of(TableSpec.Column.left("Valued on", 1.4f),
                    TableSpec.Column.left("Method", 2.2f), TableSpec.Column.right("Value", 1.4f)), valuations));
        }
    }

    private static void components(ReportDocument doc, AssetReportData data) {
        List<Component> components = data.asset().components();
        doc.heading("Components");
        if (components.isEmpty()) {
            doc.paragraph("No third-party component recorded.");
            return;
        }
        List<TableSpec.Row> rows = new ArrayList<>();
        for (Component c : components) {
            boolean strong = data.copyleft().contains(c.name());
            rows.add(new TableSpec.Row(List.of(c.name(), c.license() == null ? "" : c.license(),
                    strong ? "Strong copyleft" : ""), strong, false));
        }
        doc.table(new TableSpec(List.of(TableSpec.Column.left("Component", 2.4f),
                TableSpec.Column.left("License (SPDX)", 1.6f), TableSpec.Column.left("Copyleft", 1.2f)), rows));
    }

    private static void figures(ReportDocument doc, AssetReportData data) {
        AssetFigures f = data.figures();
        Currency c = data.currency();
        doc.heading("Figures (trailing twelve months)");
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {"Licensing income", ReportFormats.money(f.licensingIncome(), c) + byKind(f, c)});
        facts.add(new String[] {"Latest valuation", data.valuation() == null ? "none"
                : ReportFormats.money(data.valuation().amount()) + " (" + data.valuation().asOf() + ")"});
        facts.add(new String[] {"Yield", f.yield() == null ? "not available (no valuation on or before the as-of date)"
                : ReportFormats.ratio(f.yield()) + " of the latest valuation"});
        facts.add(new String[] {"Net enforcement cost", ReportFormats.money(f.netEnforcementCost(), c)});
        facts.add(new String[] {"Enforcement cost ratio", f.enforcementCostRatio() == null
                ? "not available (no licensing income)" : ReportFormats.ratio(f.enforcementCostRatio())
                        + " of licensing income"});
        doc.facts(facts);
    }

    private static String byKind(AssetFigures f, Currency c) {
        List<String> parts = new ArrayList<>();
        for (ReceiptKind kind : ReceiptKind.values()) {
            BigDecimal v = f.incomeByKind().get(kind);
            if (v != null && v.signum() != 0) {
                parts.add(words(kind.name()).toLowerCase(Locale.ROOT) + " " + ReportFormats.amount(v, c));
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static void chart(ReportDocument doc, AssetReportData data) {
        doc.heading("Income per quarter by license (" + data.currency().getCurrencyCode() + ")");
        if (data.income().isEmpty()) {
            doc.paragraph("No license covers this asset.");
            return;
        }
        float height = CHART_PLOT + QuarterChart.legendHeight(data.income().size()) + 18;
        doc.drawing(height, new QuarterChart(doc, data.quarters(), data.income()));
        doc.note("Each license's net receipts dated in the quarter, split equally over the assets it covers; "
                + "converted at the rates on or before each receipt's date.");
    }

    private static void flags(ReportDocument doc, AssetReportData data) {
        doc.heading("Flags");
        if (data.flags().isEmpty()) {
            doc.paragraph("No risk flag is raised for this asset or its licenses.");
            return;
        }
        for (AssetReportData.Flag f : data.flags()) {
            doc.need(40);
            doc.space(3);
            doc.strong(f.title() + " \u2013 " + f.subject());
            doc.bullet(f.explanation());
            if (f.whatToDo() != null && !f.whatToDo().isBlank()) {
                doc.bullet("What to do: " + f.whatToDo());
            }
        }
    }

    private static void licenses(ReportDocument doc, AssetReportData data) {
        doc.heading("Licenses");
        if (data.licenses().isEmpty()) {
            doc.paragraph("The asset is not licensed out.");
            return;
        }
        List<TableSpec.Row> rows = new ArrayList<>();
        for (AssetReportData.LicenseLine l : data.licenses()) {
            Currency c = l.license().terms().currency();
            rows.add(new TableSpec.Row(List.of(l.license().id(), l.license().licensee(),
                    l.license().start() + " to " + (l.license().end() == null ? "open" : l.license().end()),
                    l.active() ? "in force" : "not in force", c.getCurrencyCode(),
                    ReportFormats.amount(l.expected(), c), ReportFormats.amount(l.received(), c),
                    ReportFormats.amount(l.shortfall(), c)),
                    l.shortfall() != null && l.shortfall().compareTo(BigDecimal.ONE) > 0, false));
        }
        doc.table(new TableSpec(List.of(TableSpec.Column.left("License", 1.1f),
                TableSpec.Column.left("Licensee", 3.2f), TableSpec.Column.left("Term", 3.1f),
                TableSpec.Column.left("Status", 1.6f), TableSpec.Column.left("Cur.", 0.9f),
                TableSpec.Column.right("Expected", 1.9f), TableSpec.Column.right("Received", 1.9f),
                TableSpec.Column.right("Shortfall", 1.9f)), rows));
        doc.note("Expected, received and shortfall up to the as-of date, in each license's currency (metrics.md).");
    }

    /** An enum constant in words: MINIMUM_TOP_UP -> "Minimum top up". */
    static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        String words = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        // acronyms stay capitals: AI_MODEL is an "AI model", not an "Ai model"
        return words.replaceAll("\\bai\\b", "AI").replaceAll("^Ai\\b", "AI");
    }
}
