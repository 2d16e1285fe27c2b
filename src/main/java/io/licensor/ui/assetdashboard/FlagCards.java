package io.licensor.ui.assetdashboard;

import io.licensor.analytics.metrics.RiskCode;
import io.licensor.service.dashboard.FlagItem;
import io.licensor.ui.common.Navigator;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Risk flags as cards: what was found in words (with an icon, never colour alone), what it is about as a link that
 * opens it (the asset in the register, the license in the licenses section or, while there is none, the asset it
 * covers), why it was raised and what to do.
 */
public final class FlagCards {
    private final Links links;
    private final Consumer<String> openAssetDashboard;

    /**
     * @param navigator          reaches the register and the licenses section
     * @param openAssetDashboard opens an asset's dashboard; null where the cards already are on it
     */
    public FlagCards(Navigator navigator, Consumer<String> openAssetDashboard) {
        this.links = new Links(navigator);
        this.openAssetDashboard = openAssetDashboard;
    }

    /** The flag's name in words: "Underpayment", "Statement overdue". */
    public static String label(RiskCode code) {
        return switch (code) {
            case AI_PROVENANCE_MISSING -> "AI provenance missing";
            case COPYLEFT_COMPONENT -> "Copyleft component";
            case CROSS_BORDER_WITHHOLDING -> "Cross-border withholding";
            case ENFORCEMENT_EXCEEDS_INCOME -> "Enforcement exceeds income";
            case EXPIRING_WITHOUT_RENEWAL -> "Ending without renewal";
            case STATEMENT_OVERDUE -> "Statement overdue";
            case UNCLEAR_OWNERSHIP -> "Unclear ownership";
            case UNDERPAYMENT -> "Underpayment";
        };
    }

    /** The card of one flag. */
    public Node card(FlagItem item) {
        RiskCode code = item.flag().code();
        boolean danger = code == RiskCode.UNDERPAYMENT;
        FontIcon icon = new FontIcon(danger ? Feather.ALERT_OCTAGON : Feather.ALERT_TRIANGLE);
        Label name = new Label(label(code), icon);
        name.getStyleClass().addAll("flag-name", danger ? "danger" : "warning");
        name.setWrapText(true); // "Enforcement exceeds income" is wider than a narrow flags column
        Label why = new Label(item.flag().explanation());
        why.setWrapText(true);
        why.getStyleClass().add("flag-why");
        Label todo = new Label("What to do: " + item.flag().whatToDo());
        todo.setWrapText(true);
        todo.getStyleClass().add("flag-todo");
        VBox card = new VBox(3, name, subjectLink(item), why, todo);
        card.getStyleClass().add("flag-card");
        card.setUserData(item);
        return card;
    }

    private Node subjectLink(FlagItem item) {
        String subject = item.flag().subjectId() + " \u00b7 " + item.subjectName();
        Hyperlink link = item.aboutLicense() ? links.license(item.flag().licenseId(), item.assetId(), subject)
                : links.asset(item.flag().assetId(), subject);
        link.getStyleClass().add("flag-subject");
        link.setMinWidth(60);
        if (item.aboutLicense() || openAssetDashboard == null) {
            return link;
        }
        String id = item.flag().assetId();
        Hyperlink dashboard = new Hyperlink("Dashboard");
        dashboard.getStyleClass().add("flag-dashboard");
        dashboard.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        links.tooltip(dashboard, "Open " + id + "'s dashboard");
        dashboard.setOnAction(e -> openAssetDashboard.accept(id));
        HBox links = new HBox(0, link, dashboard);
        HBox.setHgrow(link, Priority.SOMETIMES);
        return links;
    }
}
