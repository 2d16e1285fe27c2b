package io.licensor.exchange.report;

import io.licensor.model.Asset;
import io.licensor.model.License;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Writes a royalty statement (docs/reports.md) as PDF: who licenses what to whom, the terms in words, a table of the
 * receipts in the range with the engine's expected royalty against what was paid, under-paid periods marked, and the
 * totals. Pure: figures in, bytes out.
 */
public final class StatementPdf {
    private StatementPdf() {}

    /** The statement as PDF bytes. */
    public static byte[] write(StatementData data) {
        License license = data.license();
        String title = "Royalty statement " + license.id();
        try (ReportDocument doc = new ReportDocument(title, footer(data))) {
            doc.title("Royalty statement");
            doc.paragraph("License " + license.id() + " \u2013 " + license.licensee() + ", periods ending "
                    + range(data) + ". Prepared on " + data.preparedOn() + ".");
            parties(doc, data);
            doc.heading("Terms");
            for (String sentence : TermsInWords.of(license.terms())) {
                doc.bullet(sentence);
            }
            doc.heading("Periods and payments (" + data.currency().getCurrencyCode() + ")");
            if (data.lines().isEmpty()) {
                doc.paragraph("No receipt of this license has a period ending in this range.");
            } else {
                doc.table(table(data));
                summary(doc, data);
            }
            doc.note("Expected is the royalty the license terms give on the licensee's own reported sales, computed "
                    + "by the royalty engine over the whole license in period order (tiers, minimum, cap and the "
                    + "advance recouped), the same figure the Receipts section and 'licensor metrics' show. A period "
                    + "is marked short when it was paid more than one currency unit below that; minimum top-ups "
                    + "count towards the period they settle.");
            if (!data.notes().isEmpty()) {
                doc.heading("Notes");
                data.notes().forEach(doc::bullet);
            }
            return doc.toBytes();
        }
    }

    private static String range(StatementData data) {
        return data.from() == null ? "up to " + data.to() : "from " + data.from() + " to " + data.to();
    }

    private static String footer(StatementData data) {
        return "Royalty statement, license " + data.license().id() + ", " + data.licensor() + ", prepared "
                + data.preparedOn();
    }

    private static void parties(ReportDocument doc, StatementData data) {
        License license = data.license();
        doc.heading("Parties and license");
        List<String[]> facts = new ArrayList<>();
        String owners = data.owners().isEmpty() ? "" : " (owners: " + String.join(", ", data.owners()) + ")";
        facts.add(new String[] {"Licensor", data.licensor() + owners});
        facts.add(new String[] {"Licensee", license.licensee()
                + (license.licenseeCountry() == null ? "" : " (" + license.licenseeCountry() + ")")});
        facts.add(new String[] {"License", license.id() + ", " + (license.exclusive() ? "exclusive" : "non-exclusive")
                + ", " + license.start() + " to " + (license.end() == null ? "open end" : license.end())});
        if (license.territory() != null && !license.territory().isBlank()) {
            facts.add(new String[] {"Territory", license.territory()});
        }
        if (license.fieldOfUse() != null && !license.fieldOfUse().isBlank()) {
            facts.add(new String[] {"Field of use", license.fieldOfUse()});
        }
        List<String> assets = new ArrayList<>();
        for (Asset a : data.assets()) {
            assets.add(a.id() + " " + a.title());
        }
        facts.add(new String[] {"Licensed assets", assets.isEmpty() ? String.join(", ", license.assetIds())
                : String.join("; ", assets)});
        doc.facts(facts);
    }

    private static TableSpec table(StatementData data) {
        Currency c = data.currency();
        boolean units = data.license().terms().basis() == io.licensor.model.RoyaltyBasis.UNITS;
        List<TableSpec.Column> columns = List.of(TableSpec.Column.left("Receipt", 34),
                TableSpec.Column.left("Period", 96), TableSpec.Column.left("Kind", 44),
                TableSpec.Column.right(units ? "Reported units" : "Reported sales", 54),
                TableSpec.Column.right("Expected", 52), TableSpec.Column.right("Received", 52),
                TableSpec.Column.right("Shortfall", 46), TableSpec.Column.right("Withheld", 52),
                TableSpec.Column.right("Net", 52), TableSpec.Column.left("Check", 34));
        List<TableSpec.Row> rows = new ArrayList<>();
        for (StatementData.Line l : data.lines()) {
            rows.add(new TableSpec.Row(List.of(l.receiptId(), ReportFormats.period(l.periodStart(), l.periodEnd()),
                    l.kind(), units ? ReportFormats.quantity(l.reported()) : ReportFormats.amount(l.reported(), c),
                    ReportFormats.amount(l.expected(), c), ReportFormats.amount(l.received(), c),
                    ReportFormats.amount(l.shortfall(), c), ReportFormats.amount(l.withholding(), c),
                    ReportFormats.amount(l.net(), c), l.check()), l.underPaid(), false));
        }
        StatementData.Totals t = data.totals();
        rows.add(new TableSpec.Row(List.of("Total royalties", "", "", "", ReportFormats.amount(t.expected(), c),
                ReportFormats.amount(t.received(), c), ReportFormats.amount(t.shortfall(), c),
                ReportFormats.amount(t.withholding(), c), ReportFormats.amount(t.net(), c), ""), false, true));
        if (t.all().received().compareTo(t.received()) != 0) {
            // upfront fees, advances and other payments are not royalties: a row of their own keeps the royalty
            // totals equal to metrics' figures while the money columns still add up
            rows.add(new TableSpec.Row(List.of("All payments", "", "", "", "", ReportFormats.amount(
                    t.all().received(), c), "", ReportFormats.amount(t.all().withholding(), c),
                    ReportFormats.amount(t.all().net(), c), ""), false, true));
        }
        return new TableSpec(columns, rows);
    }

    private static void summary(ReportDocument doc, StatementData data) {
        StatementData.Totals t = data.totals();
        Currency c = data.currency();
        String shortWords = t.underPaidPeriods() == 0 ? "No period was paid short."
                : t.underPaidPeriods() == 1 ? "1 period was paid short (marked)."
                : t.underPaidPeriods() + " periods were paid short (marked).";
        doc.paragraph("Expected " + ReportFormats.money(t.expected(), c) + ", received "
                + ReportFormats.money(t.received(), c) + ", shortfall " + ReportFormats.money(t.shortfall(), c)
                + ". " + shortWords);
    }
}
