package io.licensor.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartPaletteTest {

    /** WCAG relative luminance. */
    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @ParameterizedTest(name = "every colour stands out on {0} ({1})")
    @CsvSource(textBlock = """
            Primer Light background, #ffffff
            Primer Dark background,  #0d1117
            Primer Dark subtle,      #161b22
            """)
    void everyColourHasAtLeastThreeToOneContrastOnTheThemesBackgrounds(String name, String background) {
        Color bg = Color.web(background);
        for (int i = 0; i < ChartPalette.size(); i++) {
            assertThat(contrast(ChartPalette.colour(i), bg)).as("colour %d %s", i, ChartPalette.web(i))
                    .isGreaterThanOrEqualTo(3.0);
        }
    }

    @ParameterizedTest(name = "index {0} wraps to the colour of {1}")
    @CsvSource(textBlock = """
            12, 0
            13, 1
            -1, 11
            """)
    void indexesPastTheEndWrapAround(int index, int same) {
        assertThat(ChartPalette.web(index)).isEqualTo(ChartPalette.web(same));
    }

    @org.junit.jupiter.api.Test
    void theColoursAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ChartPalette.size(); i++) {
            seen.add(ChartPalette.web(i));
        }
        assertThat(seen).hasSize(ChartPalette.size());
    }
}
