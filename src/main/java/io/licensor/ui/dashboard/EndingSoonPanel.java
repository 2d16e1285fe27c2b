package io.licensor.ui.dashboard;

import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboard.EndingLicense;
import io.licensor.ui.assetdashboard.Links;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The licenses ending within 90 days of the as-of date, soonest first, each with whether a renewal is recorded. */
final class EndingSoonPanel {
    /** The soonest licenses listed; the card stays one screen high on a portfolio with hundreds ending. */
    static final int MOST_SHOWN = 15;

    private EndingSoonPanel() {}

    static Node build(PortfolioDashboard d, Links links) {
        Label title = new Label("Licenses ending within 90 days");
        title.getStyleClass().add("card-title");
        VBox card = new VBox(6, title);
        card.getStyleClass().add("dashboard-card");
        if (d.endingSoon().isEmpty()) {
            Label none = new Label("No license ends between " + d.asOf().plusDays(1) + " and "
                    + d.asOf().plusDays(90) + ".");
            none.getStyleClass().add("muted");
            card.getChildren().add(none);
            return card;
        }
        GridPane grid = new GridPane();
        grid.getStyleClass().add("ending-grid");
        grid.setHgap(14);
        grid.setVgap(4);
        String[] headers = {"License", "Licensee", "Ends", "Left", "Renewal"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("grid-header");
            grid.add(h, c, 0);
        }
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        ColumnConstraints right = new ColumnConstraints();
        right.setHalignment(HPos.RIGHT);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), grow, new ColumnConstraints(), right,
                new ColumnConstraints());
        int row = 1;
        for (EndingLicense e : d.endingSoon().subList(0, Math.min(MOST_SHOWN, d.endingSoon().size()))) {
            String firstAsset = e.assetIds().isEmpty() ? null : e.assetIds().get(0);
            grid.add(links.license(e.licenseId(), firstAsset, e.licenseId()), 0, row);
            Label licensee = new Label(e.licensee());
            licensee.setMinWidth(80);
            grid.add(licensee, 1, row);
            grid.add(new Label(e.end().toString()), 2, row);
            Label left = new Label(e.daysLeft() == 1 ? "1 day" : e.daysLeft() + " days");
            left.getStyleClass().add("money");
            grid.add(left, 3, row);
            grid.add(renewal(e), 4, row);
            row++;
        }
        card.getChildren().add(grid);
        int more = d.endingSoon().size() - MOST_SHOWN;
        if (more > 0) {
            Label rest = new Label(more + " more end by " + d.asOf().plusDays(90) + "; the risk flags list each one"
                    + " without a renewal.");
            rest.getStyleClass().addAll("muted", "ending-more");
            card.getChildren().add(rest);
        }
        return card;
    }

    private static Label renewal(EndingLicense e) {
        if (e.renewedBy() != null) {
            Label renewed = new Label("Renewed by " + e.renewedBy(), new FontIcon(Feather.CHECK));
            renewed.getStyleClass().add("good");
            return renewed;
        }
        Label missing = new Label("No renewal recorded", new FontIcon(Feather.ALERT_TRIANGLE));
        missing.getStyleClass().add("warning");
        return missing;
    }
}
