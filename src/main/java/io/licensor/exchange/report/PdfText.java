package io.licensor.exchange.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of the reports and what can be written with them. The reports use the PDF standard Helvetica, which
 * every viewer has, so nothing is embedded and files stay small; its encoding (WinAnsi) covers Western European
 * text, and a character outside it is written as '?' rather than failing the report
 * (docs/decisions/0091-pdf-layout-fonts-and-numbers.md).
 */
final class PdfText {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    private PdfText() {}

    /** {@code text} with every character the font cannot write replaced by '?', and line breaks by spaces. */
    static String writable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = cp == '\n' || cp == '\r' || cp == '\t' ? " " : new String(Character.toChars(cp));
            out.append(canWrite(font, ch) ? ch : "?");
        });
        return out.toString();
    }

    private static boolean canWrite(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The width of {@code text} in points at {@code size}. */
    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(writable(font, text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} broken into lines no wider than {@code maxWidth}; a word longer than a line is cut. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : writable(font, text).split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(font, size, candidate) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > maxWidth && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > maxWidth) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** {@code text} cut with an ellipsis so that it fits {@code maxWidth}. */
    static String fit(PDFont font, float size, String text, float maxWidth) {
        String plain = writable(font, text);
        if (width(font, size, plain) <= maxWidth) {
            return plain;
        }
        String cut = plain;
        while (!cut.isEmpty() && width(font, size, cut + "\u2026") > maxWidth) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "\u2026";
    }
}
