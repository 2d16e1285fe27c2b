package io.licensor.exchange.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A report being written top to bottom on A4 pages: headings, wrapped paragraphs, label/value lines, tables whose
 * header repeats on every page they run onto, and drawings (charts) in a box. A new page starts whenever the next
 * piece would not fit; page numbers and the footer line are added when the document is finished. Not thread-safe;
 * one instance per report.
 */
final class ReportDocument implements AutoCloseable {
    static final float MARGIN = 42;
    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    static final Color RULE = new Color(0xd0, 0xd7, 0xde);
    static final Color SHADE = new Color(0xf3, 0xf5, 0xf7);
    static final Color MARK = new Color(0xff, 0xeb, 0xe9);
    static final Color DANGER = new Color(0xcf, 0x22, 0x2e);

    private final PDDocument document = new PDDocument();
    private final String footer;
    private PDPageContentStream content;
    private float y;

    /** A drawing placed in a box of the page: the origin is the box's lower left corner, in points. */
    interface Drawing {
        void draw(PDPageContentStream content, float x, float y, float width, float height) throws IOException;
    }

    ReportDocument(String title, String footer) {
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Licensor");
        newPage();
    }

    static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    private static float top() {
        return PDRectangle.A4.getHeight() - MARGIN;
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = top();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin (and the footer). */
    void need(float height) {
        if (y - height < MARGIN + 14) {
            newPage();
        }
    }

    void space(float points) {
        y -= points;
    }

    /** The report's title, large and bold. */
    void title(String text) {
        lines(PdfText.BOLD, 17, INK, text, 0);
        space(2);
    }

    /** A section heading with a rule under it; never left alone at the bottom of a page. */
    void heading(String text) {
        need(60);
        space(8);
        lines(PdfText.BOLD, 12, INK, text, 0);
        y -= 3;
        rule(MARGIN, y, width());
        y -= 7;
    }

    void paragraph(String text) {
        lines(PdfText.REGULAR, BODY, INK, text, 0);
        space(3);
    }

    /** A bold line, such as the name of a flag above its explanation. */
    void strong(String text) {
        lines(PdfText.BOLD, BODY, INK, text, 0);
        space(2);
    }

    void note(String text) {
        lines(PdfText.ITALIC, SMALL, MUTED, text, 0);
        space(2);
    }

    /** A bullet line: the text wrapped with a hanging indent. */
    void bullet(String text) {
        float indent = 10;
        float before = y;
        lines(PdfText.REGULAR, BODY, INK, text, indent);
        writeAt(PdfText.REGULAR, BODY, INK, MARGIN + 2, before - BODY, "\u2022");
        space(2);
    }

    /** "Label   value" lines, the labels in a column of their own. */
    void facts(List<String[]> pairs) {
        float labelWidth = 120;
        for (String[] pair : pairs) {
            List<String> value = PdfText.wrap(PdfText.REGULAR, BODY, pair[1], width() - labelWidth);
            need(value.size() * lineHeight(BODY));
            writeAt(PdfText.BOLD, BODY, MUTED, MARGIN, y - BODY, PdfText.fit(PdfText.BOLD, BODY, pair[0],
                    labelWidth - 6));
            for (String line : value) {
                writeAt(PdfText.REGULAR, BODY, INK, MARGIN + labelWidth, y - BODY, line);
                y -= lineHeight(BODY);
            }
        }
        space(3);
    }

    /** Lays out a table over as many pages as it needs, repeating its header on each. */
    void table(TableSpec table) {
        new TableLayout(this, table).draw();
    }

    /** Reserves {@code height} points across the full width and draws into them. */
    void drawing(float height, Drawing drawing) {
        need(height);
        try {
            drawing.draw(content, MARGIN, y - height, width(), height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 4;
    }

    PDPageContentStream content() {
        return content;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    static float lineHeight(float size) {
        return size * 1.3f;
    }

    private void lines(PDFont font, float size, Color color, String text, float indent) {
        for (String line : PdfText.wrap(font, size, text, width() - indent)) {
            need(lineHeight(size));
            writeAt(font, size, color, MARGIN + indent, y - size, line);
            y -= lineHeight(size);
        }
    }

    /** Writes one line whose baseline is at {@code baseline}. */
    void writeAt(PDFont font, float size, Color color, float x, float baseline, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(color);
            content.newLineAtOffset(x, baseline);
            content.showText(PdfText.writable(font, text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void fill(Color color, float x, float bottom, float w, float h) {
        try {
            content.setNonStrokingColor(color);
            content.addRect(x, bottom, w, h);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x, float at, float w) {
        try {
            content.setStrokingColor(RULE);
            content.setLineWidth(0.6f);
            content.moveTo(x, at);
            content.lineTo(x + w, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Finishes the document (footer and "page n of m" on every page) and returns its bytes. */
    byte[] toBytes() {
        try {
            content.close();
            content = null;
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = "Page " + (i + 1) + " of " + count;
                    foot.beginText();
                    foot.setFont(PdfText.REGULAR, 7.5f);
                    foot.setNonStrokingColor(MUTED);
                    foot.newLineAtOffset(MARGIN, MARGIN - 14);
                    foot.showText(PdfText.fit(PdfText.REGULAR, 7.5f, footer, width() - 80));
                    foot.endText();
                    foot.beginText();
                    foot.newLineAtOffset(MARGIN + width() - PdfText.width(PdfText.REGULAR, 7.5f, number),
                            MARGIN - 14);
                    foot.showText(number);
                    foot.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
