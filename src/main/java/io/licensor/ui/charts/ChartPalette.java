package io.licensor.ui.charts;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * The one chart palette of the app (UI.md "Colour and type"): twelve colours, each with a contrast of at least 3:1
 * against both Primer Light's white and Primer Dark's near-black background, so one palette serves both themes. A
 * structure keeps its colour everywhere by always asking for the same index (an asset type's ordinal, a license's
 * position in a fixed order), never "the next free colour".
 */
public final class ChartPalette {
    private static final List<String> COLOURS = List.of(
            "#3D7DCA", // blue
            "#D97700", // orange
            "#2A9D8F", // teal
            "#D1495B", // red
            "#5C9E31", // green
            "#9B59B6", // purple
            "#B8860B", // gold
            "#C77C9F", // pink
            "#8D6E63", // brown
            "#78909C", // slate
            "#0E9BB5", // cyan
            "#7E6BD6"); // violet

    private ChartPalette() {}

    /** How many colours there are before they repeat. */
    public static int size() {
        return COLOURS.size();
    }

    /** The colour for {@code index} as a CSS colour ({@code #3D7DCA}); indexes past the end wrap around. */
    public static String web(int index) {
        return COLOURS.get(Math.floorMod(index, COLOURS.size()));
    }

    /** The colour for {@code index}; indexes past the end wrap around. */
    public static Color colour(int index) {
        return Color.web(web(index));
    }
}
