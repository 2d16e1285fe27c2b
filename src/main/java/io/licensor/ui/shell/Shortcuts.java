package io.licensor.ui.shell;

import io.licensor.ui.common.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * Every keyboard shortcut of the window, collected from what is really installed (the menu bar's accelerators and
 * each section's {@link Section#accelerators()}), so the Help > Keyboard shortcuts list cannot drift from the app.
 * A section's shortcut is described by the tooltip or prompt in its view that names the key ("Add an asset (Ctrl+N)"),
 * else by what that key means everywhere in Licensor (Ctrl+S saves).
 */
final class Shortcuts {

    /** One shortcut: the keys as the platform writes them ("Ctrl+N") and what they do. */
    record Shortcut(String keys, String what) {}

    /** The shortcuts of one menu or one section. */
    record Group(String title, List<Shortcut> shortcuts) {}

    private Shortcuts() {}

    /** The menu bar's groups ("File menu" ...) then one group per section with shortcuts, in navigation order. */
    static List<Group> collect(List<Menu> menus, List<Section> sections) {
        List<Group> groups = new ArrayList<>();
        for (Menu menu : menus) {
            List<Shortcut> found = new ArrayList<>();
            addMenuItems(menu, "", found);
            if (!found.isEmpty()) {
                groups.add(new Group(words(menu.getText()) + " menu (anywhere)", found));
            }
        }
        for (Section section : sections) {
            List<Shortcut> found = section.accelerators().keySet().stream()
                    .sorted(Comparator.comparing(KeyCombination::getDisplayText))
                    .map(key -> new Shortcut(key.getDisplayText(), describe(key, section.view())))
                    .toList();
            if (!found.isEmpty()) {
                groups.add(new Group("In " + section.title(), found));
            }
        }
        return groups;
    }

    private static void addMenuItems(Menu menu, String path, List<Shortcut> found) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                addMenuItems(sub, path + words(sub.getText()) + " > ", found);
            } else if (item.getAccelerator() != null && item.getText() != null) {
                found.add(new Shortcut(item.getAccelerator().getDisplayText(), path + words(item.getText())));
            }
        }
    }

    /** Menu words without the mnemonic mark and the trailing dots: "_Open portfolio..." becomes "Open portfolio". */
    static String words(String menuText) {
        return menuText.replaceAll("_(?!_)", "").replace("__", "_").replaceAll("\\.\\.\\.$", "");
    }

    static String describe(KeyCombination key, Node view) {
        return namedInView(key, view).orElseGet(() -> usualMeaning(key));
    }

    /** The words before "(Ctrl+N)" in a tooltip or prompt of the view: "Add an asset (Ctrl+N)" gives "Add an asset". */
    static Optional<String> namedInView(KeyCombination key, Node view) {
        Pattern named = Pattern.compile("^\\s*([^()]+?)\\s*\\(" + Pattern.quote(key.getDisplayText()) + "\\)");
        List<String> texts = new ArrayList<>();
        collectTexts(view, texts);
        for (String text : texts) {
            Matcher m = named.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    /** Tooltips and prompts anywhere in the view, also in parts not shown yet (tool bars, tabs, split panes). */
    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node instanceof TextInputControl input && input.getPromptText() != null) {
            texts.add(input.getPromptText());
        }
        List<Node> inside = new ArrayList<>();
        if (node instanceof ToolBar bar) {
            inside.addAll(bar.getItems());
        } else if (node instanceof SplitPane split) {
            inside.addAll(split.getItems());
        } else if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            inside.add(scroll.getContent());
        } else if (node instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(c -> c != null).forEach(inside::add);
        } else if (node instanceof TitledPane titled && titled.getContent() != null) {
            inside.add(titled.getContent());
        } else if (node instanceof Parent parent) {
            inside.addAll(parent.getChildrenUnmodifiable());
        }
        inside.forEach(child -> collectTexts(child, texts));
    }

    /** What the key does in every section that has it (the house habits in UI.md). */
    static String usualMeaning(KeyCombination key) {
        KeyCode code = key instanceof KeyCodeCombination c ? c.getCode() : null;
        if (code == KeyCode.S) {
            return "Save the changes";
        }
        if (code == KeyCode.N) {
            return "Add a new one";
        }
        if (code == KeyCode.F) {
            return "Search the list";
        }
        return "A command of this section";
    }
}
