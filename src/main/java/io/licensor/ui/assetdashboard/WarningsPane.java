package io.licensor.ui.assetdashboard;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;

/**
 * The warnings behind a dashboard's figures (amounts left out for want of an exchange rate, references that do not
 * resolve), folded away under one line that says how many there are.
 */
public final class WarningsPane {
    /** The warnings written out at most. */
    public static final int MOST_SHOWN = 100;

    private WarningsPane() {}

    /** The folded list, or nothing when there are no warnings. */
    public static Optional<TitledPane> of(List<String> warnings) {
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        VBox lines = new VBox(2);
        for (String w : warnings.subList(0, Math.min(MOST_SHOWN, warnings.size()))) {
            Label line = new Label(w);
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        if (warnings.size() > MOST_SHOWN) {
            // thousands of labels would cost the window a long pause for a list nobody reads to the end
            Label rest = new Label("... and " + (warnings.size() - MOST_SHOWN) + " more, not shown.");
            rest.getStyleClass().add("muted");
            lines.getChildren().add(rest);
        }
        TitledPane pane = new TitledPane(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                + ": amounts left out of the figures or data that looks wrong", lines);
        pane.setExpanded(false);
        pane.getStyleClass().add("warnings-pane");
        return Optional.of(pane);
    }
}
