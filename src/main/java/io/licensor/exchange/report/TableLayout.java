package io.licensor.exchange.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a {@link TableSpec} into a {@link ReportDocument}: column widths from the weights, header on a shaded band
 * (wrapped onto two lines when a title is long, repeated on every page), body text shrunk a little and then cut with
 * an ellipsis when a cell would not fit, so no text ever runs into the next column.
 */
final class TableLayout {
    private static final float SIZE = 8f;
    private static final float MIN_SIZE = 6.5f;
    private static final float PAD = 3f;
    private static final float ROW = 13f;

    private final ReportDocument doc;
    private final TableSpec table;
    private final float[] widths;

    TableLayout(ReportDocument doc, TableSpec table) {
        this.doc = doc;
        this.table = table;
        float total = 0;
        for (TableSpec.Column c : table.columns()) {
            total += c.weight();
        }
        widths = new float[table.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = ReportDocument.width() * table.columns().get(i).weight() / total;
        }
    }

    void draw() {
        doc.need(headerHeight() + ROW * Math.min(3, Math.max(1, table.rows().size())));
        header();
        boolean shade = false;
        for (TableSpec.Row row : table.rows()) {
            if (doc.y() - ROW < ReportDocument.MARGIN + 14) {
                doc.need(Float.MAX_VALUE);
                header();
            }
            row(row, shade);
            shade = !shade;
        }
        doc.space(6);
    }

    private float headerHeight() {
        int lines = 1;
        for (int i = 0; i < widths.length; i++) {
            lines = Math.max(lines, Math.min(2, titleLines(i).size()));
        }
        return lines * ReportDocument.lineHeight(SIZE) + 2 * PAD;
    }

    /** A title broken between words only (a word too wide is shrunk by {@link #cell}, never cut). */
    private List<String> titleLines(int i) {
        List<String> lines = new ArrayList<>();
        float room = widths[i] - 2 * PAD;
        for (String word : table.columns().get(i).title().split(" ")) {
            int last = lines.size() - 1;
            if (last >= 0 && PdfText.width(PdfText.BOLD, SIZE, lines.get(last) + " " + word) <= room) {
                lines.set(last, lines.get(last) + " " + word);
            } else {
                lines.add(word);
            }
        }
        return lines;
    }

    private void header() {
        float height = headerHeight();
        float top = doc.y();
        doc.fill(ReportDocument.SHADE, ReportDocument.MARGIN, top - height, ReportDocument.width(), height);
        float x = ReportDocument.MARGIN;
        for (int i = 0; i < widths.length; i++) {
            List<String> lines = titleLines(i);
            float baseline = top - PAD - SIZE;
            for (int k = 0; k < Math.min(2, lines.size()); k++) {
                cell(PdfText.BOLD, ReportDocument.MUTED, x, baseline, i, lines.get(k));
                baseline -= ReportDocument.lineHeight(SIZE);
            }
            x += widths[i];
        }
        doc.moveTo(top - height);
        doc.rule(ReportDocument.MARGIN, doc.y(), ReportDocument.width());
    }

    private void row(TableSpec.Row row, boolean shade) {
        float top = doc.y();
        if (row.marked()) {
            doc.fill(ReportDocument.MARK, ReportDocument.MARGIN, top - ROW, ReportDocument.width(), ROW);
        } else if (shade) {
            doc.fill(new Color(0xfa, 0xfb, 0xfc), ReportDocument.MARGIN, top - ROW, ReportDocument.width(), ROW);
        }
        PDFont font = row.bold() ? PdfText.BOLD : PdfText.REGULAR;
        float x = ReportDocument.MARGIN;
        float baseline = top - ROW + 4f;
        for (int i = 0; i < widths.length; i++) {
            String text = i < row.cells().size() ? row.cells().get(i) : "";
            Color color = row.marked() && !text.isEmpty() && i == widths.length - 1 ? ReportDocument.DANGER
                    : ReportDocument.INK;
            cell(font, color, x, baseline, i, text, spanFrom(row, i));
            x += widths[i];
        }
        doc.moveTo(top - ROW);
        if (row.bold()) {
            doc.rule(ReportDocument.MARGIN, top, ReportDocument.width());
        }
    }

    /** A left-aligned text may run on over the empty cells after it ("Total royalties" over the blank columns). */
    private float spanFrom(TableSpec.Row row, int column) {
        float room = widths[column];
        if (table.columns().get(column).right()) {
            return room;
        }
        for (int k = column + 1; k < widths.length && k < row.cells().size() && row.cells().get(k).isEmpty(); k++) {
            room += widths[k];
        }
        return room;
    }

    private void cell(PDFont font, Color color, float x, float baseline, int column, String text) {
        cell(font, color, x, baseline, column, text, widths[column]);
    }

    private void cell(PDFont font, Color color, float x, float baseline, int column, String text, float span) {
        float room = span - 2 * PAD;
        float size = SIZE;
        while (size > MIN_SIZE && PdfText.width(font, size, text) > room) {
            size -= 0.5f;
        }
        String shown = PdfText.fit(font, size, text, room);
        float w = PdfText.width(font, size, shown);
        float left = table.columns().get(column).right() ? x + widths[column] - PAD - w : x + PAD;
        doc.writeAt(font, size, color, left, baseline, shown);
    }

    /** The column widths in points, for tests of the layout. */
    List<Float> widths() {
        List<Float> out = new ArrayList<>();
        for (float w : widths) {
            out.add(w);
        }
        return out;
    }
}
