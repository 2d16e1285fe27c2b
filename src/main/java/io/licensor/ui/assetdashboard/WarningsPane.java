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
    private WarningsPane() {}

    /** The folded list, or nothing when there are no warnings. */
    public static Optional<TitledPane> of(List<String> warnings) {
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        VBox lines = new VBox(2);
        for (String w : warnings) {
            Label line = new Label(w);
            line.setWrapText(true);
            lines.getChildren().add(line);
        }
        TitledPane pane = new TitledPane(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                + ": amounts left out of the figures or data that looks wrong", lines);
        pane.setExpanded(false);
        pane.getStyleClass().add("warnings-pane");
        return Optional.of(pane);
    }
}
