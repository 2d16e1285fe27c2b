package io.licensor.ui.shell;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The welcome card shown over the centre of the window on the demo portfolio: four things to try, each a large link
 * that goes there, plus "Don't show again" and Close. Only the card takes clicks; the section around it stays usable.
 * Built in code (it is small) and styled by welcome.css.
 */
final class WelcomePanel {

    /** One thing to try: its words, its icon and where it goes. */
    record Link(String title, String text, Ikon icon, Runnable go) {
        Link {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(go, "go");
        }
    }

    /** Widths of wrapped text: a label wrapping inside a button or a card of preferred size must be told its width,
     *  or JavaFX sizes it for one long line and leaves tall empty boxes (welcome.css sets the card's 560 px). */
    private static final double CARD_TEXT_WIDTH = 506;
    private static final double LINK_TEXT_WIDTH = 400;

    private final StackPane layer = new StackPane();
    private final VBox links = new VBox();
    private final Label intro = new Label();
    private final Label help = new Label();
    private final Button dontShow = new Button("Don't show again");
    private final Button close = new Button("Close");

    WelcomePanel(Runnable onClose, Runnable onDontShowAgain) {
        layer.getStyleClass().add("welcome-layer");
        layer.getStylesheets().add(WelcomePanel.class.getResource("welcome.css").toExternalForm());
        // the layer covers the section but lets clicks beside the card through
        layer.setPickOnBounds(false);
        VBox card = new VBox(header(), intro, links, footer(onClose, onDontShowAgain));
        card.getStyleClass().add("welcome-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                onClose.run();
            }
        });
        intro.getStyleClass().add("welcome-intro");
        wrapAt(intro, CARD_TEXT_WIDTH);
        links.getStyleClass().add("welcome-links");
        layer.getChildren().add(card);
        StackPane.setAlignment(card, Pos.CENTER);
    }

    private static Node header() {
        var icon = WelcomePanel.class.getResource("/io/licensor/ui/icons/licensor-48.png");
        Label title = new Label("Welcome to Licensor");
        title.getStyleClass().add("welcome-title");
        HBox header = new HBox(title);
        if (icon != null) {
            header.getChildren().add(0, new ImageView(new Image(icon.toExternalForm(), 40, 40, true, true)));
        }
        header.getStyleClass().add("welcome-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node footer(Runnable onClose, Runnable onDontShowAgain) {
        help.getStyleClass().add("welcome-help");
        wrapAt(help, CARD_TEXT_WIDTH);
        dontShow.setId("welcomeDontShow");
        dontShow.getStyleClass().add("flat");
        dontShow.setOnAction(e -> onDontShowAgain.run());
        close.setId("welcomeClose");
        close.setDefaultButton(true);
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(dontShow, gap, close);
        buttons.getStyleClass().add("welcome-buttons");
        buttons.setAlignment(Pos.CENTER_LEFT);
        return new VBox(help, buttons);
    }

    /** Fills the card: the sentence above the links and the links (those whose place exists). */
    void fill(String introText, List<Link> items, String helpText, boolean offerDontShow) {
        intro.setText(introText);
        help.setText(helpText);
        links.getChildren().setAll(items.stream().map(WelcomePanel::linkButton).toList());
        dontShow.setVisible(offerDontShow);
        dontShow.setManaged(offerDontShow);
    }

    /**
     * A whole row as the link: icon, title and sentence, arrow. An HBox rather than a Button with a graphic, because
     * a Button sizes wrapped text in its graphic for the wrong width and leaves tall empty boxes.
     */
    private static HBox linkButton(Link link) {
        Label title = new Label(link.title());
        title.getStyleClass().add("welcome-link-title");
        Label text = new Label(link.text());
        text.getStyleClass().add("welcome-link-text");
        wrapAt(text, LINK_TEXT_WIDTH);
        VBox words = new VBox(title, text);
        words.getStyleClass().add("welcome-link-words");
        FontIcon icon = new FontIcon(link.icon());
        icon.getStyleClass().add("welcome-link-icon");
        FontIcon arrow = new FontIcon(org.kordamp.ikonli.feather.Feather.CHEVRON_RIGHT);
        arrow.getStyleClass().add("welcome-link-arrow");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(icon, words, gap, arrow);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("welcome-link");
        row.setFocusTraversable(true);
        row.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        row.setAccessibleText(link.title() + ". " + link.text());
        row.setOnMouseClicked(e -> link.go().run());
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                link.go().run();
            }
        });
        return row;
    }

    private static void wrapAt(Label label, double width) {
        label.setWrapText(true);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** The layer to put over the section area. */
    StackPane node() {
        return layer;
    }

    /** Puts the keyboard focus on Close, so Enter or Escape closes the card at once. */
    void focus() {
        close.requestFocus();
    }
}
