package io.licensor.ui.shell;

import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * Help > Keyboard shortcuts: a small window (not modal, so it can stay open beside the work) listing the shortcuts of
 * the menu bar on the left and those of each section on the right, keys in key caps.
 */
final class ShortcutsWindow {
    static final String TITLE = "Keyboard shortcuts";

    private ShortcutsWindow() {}

    /** Opens the window over {@code owner}, themed like it; returns its stage (tests read it). */
    static Stage show(Window owner, List<Shortcuts.Group> groups, boolean dark) {
        Stage stage = new Stage(StageStyle.UTILITY);
        stage.initOwner(owner);
        stage.setTitle(TITLE);
        Scene scene = new Scene(content(groups, stage::close));
        Theme.apply(scene, dark);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    static Region content(List<Shortcuts.Group> groups, Runnable close) {
        VBox menus = column(groups.stream().filter(g -> !g.title().startsWith("In ")).toList());
        VBox sections = column(groups.stream().filter(g -> g.title().startsWith("In ")).toList());
        HBox columns = new HBox(36, menus, sections);
        Label intro = new Label(
                "Menu shortcuts work in every section; a section's own shortcuts work while it is shown.");
        intro.getStyleClass().add("shortcuts-intro");
        intro.setWrapText(true);
        Button closeButton = new Button("Close");
        closeButton.setDefaultButton(true);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        HBox buttons = new HBox(closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox root = new VBox(8, intro, scroll, buttons);
        root.getStyleClass().add("shortcuts");
        root.getStylesheets().add(ShortcutsWindow.class.getResource("welcome.css").toExternalForm());
        root.setPrefWidth(720);
        return root;
    }

    private static VBox column(List<Shortcuts.Group> groups) {
        VBox column = new VBox();
        HBox.setHgrow(column, Priority.ALWAYS);
        for (Shortcuts.Group group : groups) {
            Label title = new Label(group.title());
            title.getStyleClass().add("shortcuts-group");
            column.getChildren().addAll(title, table(group));
        }
        return column;
    }

    private static Node table(Shortcuts.Group group) {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(5);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(70);
        keys.setHalignment(HPos.LEFT);
        grid.getColumnConstraints().add(keys);
        int row = 0;
        for (Shortcuts.Shortcut shortcut : group.shortcuts()) {
            Label key = new Label(shortcut.keys());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(shortcut.what());
            what.getStyleClass().add("shortcut-text");
            what.setWrapText(true);
            grid.addRow(row++, key, what);
        }
        return grid;
    }
}
