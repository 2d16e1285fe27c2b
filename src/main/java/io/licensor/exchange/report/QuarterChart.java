package io.licensor.exchange.report;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Stacked bars of income per quarter, one colour per license, drawn as PDF vector graphics (sharp at any zoom, no
 * image, no JavaFX): a value axis with round steps, one bar per quarter, a legend under the plot. Amounts are
 * exact BigDecimal; only the bar heights become points.
 */
final class QuarterChart implements ReportDocument.Drawing {
    /** Distinct colours that stay apart in print and for the common colour-vision deficiencies. */
    static final List<Color> PALETTE = List.of(new Color(0x0969da), new Color(0xbf8700), new Color(0x1a7f37),
            new Color(0x8250df), new Color(0xcf222e), new Color(0x1b7c83), new Color(0xbc4c00),
            new Color(0x6e7781));
    private static final float AXIS = 56;
    private static final float LEGEND_ROW = 12;

    private final List<String> quarters;
    private final List<AssetReportData.Series> series;
    private final ReportDocument doc;

    QuarterChart(ReportDocument doc, List<String> quarters, List<AssetReportData.Series> series) {
        this.doc = doc;
        this.quarters = quarters;
        this.series = series;
    }

    /** Height of the legend under the plot, in points. */
    static float legendHeight(int seriesCount) {
        return ((seriesCount + 1) / 2) * LEGEND_ROW + 6;
    }

    @Override
    public void draw(PDPageContentStream content, float x, float y, float width, float height) throws IOException {
        float legend = legendHeight(series.size());
        float plotBottom = y + legend + 14;
        float plotHeight = height - legend - 18;
        float plotLeft = x + AXIS;
        float plotWidth = width - AXIS;
        BigDecimal max = max();
        BigDecimal step = step(max);
        int ticks = Math.max(1, max.divide(step, 0, RoundingMode.CEILING).intValue());
        BigDecimal top = step.multiply(BigDecimal.valueOf(ticks));
        grid(plotLeft, plotBottom, plotWidth, plotHeight, step, ticks);
        bars(content, plotLeft, plotBottom, plotWidth, plotHeight, top);
        legend(content, x, y + legend - LEGEND_ROW, width);
    }

    private BigDecimal max() {
        BigDecimal max = BigDecimal.ZERO;
        for (int q = 0; q < quarters.size(); q++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (AssetReportData.Series s : series) {
                BigDecimal v = s.perQuarter().get(q);
                sum = sum.add(v.signum() > 0 ? v : BigDecimal.ZERO);
            }
            max = max.max(sum);
        }
        return max;
    }

    /** A round step (1, 2, 2.5 or 5 times a power of ten) such that at most five steps reach {@code max}. */
    static BigDecimal step(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal raw = max.divide(BigDecimal.valueOf(5), 10, RoundingMode.CEILING);
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(raw.precision() - raw.scale() - 1);
        for (String m : new String[] {"1", "2", "2.5", "5", "10"}) {
            BigDecimal candidate = power.multiply(new BigDecimal(m));
            if (candidate.compareTo(raw) >= 0) {
                return candidate.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }

    private void grid(float left, float bottom, float width, float height, BigDecimal step, int ticks) {
        for (int i = 0; i <= ticks; i++) {
            float at = bottom + height * i / ticks;
            doc.rule(left, at, width);
            String label = ReportFormats.quantity(step.multiply(BigDecimal.valueOf(i)));
            float w = PdfText.width(PdfText.REGULAR, 7, label);
            doc.writeAt(PdfText.REGULAR, 7, ReportDocument.MUTED, left - 5 - w, at - 2.5f, label);
        }
        float slot = width / quarters.size();
        for (int q = 0; q < quarters.size(); q++) {
            String label = quarters.get(q);
            float w = PdfText.width(PdfText.REGULAR, 7, label);
            doc.writeAt(PdfText.REGULAR, 7, ReportDocument.MUTED, left + slot * q + (slot - w) / 2, bottom - 10,
                    label);
        }
    }

    private void bars(PDPageContentStream content, float left, float bottom, float width, float height,
            BigDecimal top) throws IOException {
        float slot = width / quarters.size();
        float barWidth = slot * 0.6f;
        for (int q = 0; q < quarters.size(); q++) {
            float base = bottom;
            for (int s = 0; s < series.size(); s++) {
                BigDecimal v = series.get(s).perQuarter().get(q);
                if (v.signum() <= 0) {
                    continue;
                }
                float h = v.divide(top, 6, RoundingMode.HALF_EVEN).floatValue() * height;
                content.setNonStrokingColor(PALETTE.get(s % PALETTE.size()));
                content.addRect(left + slot * q + (slot - barWidth) / 2, base, barWidth, h);
                content.fill();
                base += h;
            }
        }
    }

    private void legend(PDPageContentStream content, float x, float firstRow, float width) throws IOException {
        float column = width / 2;
        for (int s = 0; s < series.size(); s++) {
            float lx = x + AXIS + (s % 2) * column;
            float ly = firstRow - (s / 2) * LEGEND_ROW;
            content.setNonStrokingColor(PALETTE.get(s % PALETTE.size()));
            content.addRect(lx, ly, 8, 8);
            content.fill();
            AssetReportData.Series one = series.get(s);
            doc.writeAt(PdfText.REGULAR, 8, ReportDocument.INK, lx + 12, ly + 1,
                    PdfText.fit(PdfText.REGULAR, 8, one.licenseId() + " " + one.licensee(), column - 20));
        }
    }
}
