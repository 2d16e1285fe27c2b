package io.licensor.ui.common;

import io.licensor.model.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Table columns from one line each: a title, how to get the value from a row, and how to show it. Keeps views free
 * of cell-factory boilerplate (one of STYLE.md's habits).
 */
public final class Columns {
    private Columns() {}

    /** A read-only column showing {@code text.apply(value)}, sorted by {@code order}. */
    public static <S, T> TableColumn<S, T> text(String title, Function<S, T> value, Function<T, String> text,
            Comparator<T> order) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            // one tooltip per cell, re-used as the cell shows other rows: creating a popup per update made
            // scrolling and re-sorting big tables slow
            private final Tooltip tooltip = new Tooltip();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                String shown = empty || item == null ? null : text.apply(item);
                setText(shown);
                // the whole text on hover, for cells cut short by a narrow column
                if (shown == null || shown.isEmpty()) {
                    setTooltip(null);
                } else {
                    tooltip.setText(shown);
                    setTooltip(tooltip);
                }
            }
        });
        column.setComparator(Comparator.nullsLast(order));
        // "Export as CSV..." writes the same words the cell shows
        column.getProperties().put(TableCsvExport.TEXT, text);
        return column;
    }

    /** A plain string column, sorted case-insensitively. */
    public static <S> TableColumn<S, String> string(String title, Function<S, String> value) {
        return text(title, value, Function.identity(), String.CASE_INSENSITIVE_ORDER);
    }

    /** An ISO date column, sorted by date, empty dates last. */
    public static <S> TableColumn<S, LocalDate> date(String title, Function<S, LocalDate> value) {
        return text(title, value, Formats::date, Comparator.naturalOrder());
    }

    /**
     * Money right-aligned with tabular figures in the user's locale; negative amounts get the danger colour and keep
     * their minus sign. Sorted by currency code, then amount: amounts in different currencies are not comparable
     * without exchange rates, and grouping them keeps each currency's order meaningful.
     */
    public static <S> TableColumn<S, Money> money(String title, Function<S, Money> value) {
        Comparator<Money> byCurrencyThenAmount = Comparator
                .comparing((Money m) -> m.currency().getCurrencyCode())
                .thenComparing(Money::amount);
        TableColumn<S, Money> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(byCurrencyThenAmount));
        column.getStyleClass().add(StyleClasses.MONEY);
        column.setCellFactory(c -> new MoneyCell<>());
        return column;
    }

    /** A column of drawn cells: they have no text, so "Export as CSV..." writes its tooltip's words. */
    private static <S, T> TableColumn<S, T> drawn(String title, Function<S, T> value, Function<T, String> tooltip,
            Comparator<T> order) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setComparator(Comparator.nullsLast(order));
        column.getProperties().put(TableCsvExport.TEXT, tooltip);
        return column;
    }

    /** A column whose cells draw a node (icon + words) built from the value; the tooltip explains it. */
    public static <S, T> TableColumn<S, T> graphic(String title, Function<S, T> value, Function<T, Node> graphic,
            Function<T, String> tooltip, Comparator<T> order) {
        TableColumn<S, T> column = drawn(title, value, tooltip, order);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip shownTip = new Tooltip();

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                Node node = empty || item == null ? null : graphic.apply(item);
                setGraphic(node);
                String tip = node == null ? null : tooltip.apply(item);
                if (tip == null || tip.isBlank()) {
                    setTooltip(null);
                } else {
                    shownTip.setText(tip);
                    setTooltip(shownTip);
                }
            }
        });
        return column;
    }

    /**
     * What a {@link #badge} cell shows: words, an icon (or none) and the style classes of its label (tone, kind).
     * Colour is never the only sign: the words and the icon say it too.
     */
    public record Badge(String words, Ikon icon, List<String> styleClasses) {
        public Badge {
            styleClasses = List.copyOf(styleClasses);
        }

        public Badge(String words, Ikon icon, String... styleClasses) {
            this(words, icon, List.of(styleClasses));
        }
    }

    /**
     * A column whose cells draw a label with an icon ({@code badge}; null draws nothing) and explain it in a tooltip
     * written when it is about to show. Each cell keeps one label and one icon and changes their words, icon and style
     * classes in place, each only when it differs: a new label per row shown made every scroll step match the style
     * sheets anew for about 30 new nodes per column.
     */
    public static <S, T> TableColumn<S, T> badge(String title, Function<S, T> value, Function<T, Badge> badge,
            Function<T, String> tooltip, Comparator<T> order) {
        TableColumn<S, T> column = drawn(title, value, tooltip, order);
        column.setCellFactory(c -> new BadgeCell<>(badge, tooltip));
        return column;
    }

    /** The cell of {@link #badge}: one label and icon per cell, changed in place. */
    static final class BadgeCell<S, T> extends TableCell<S, T> {
        private final Function<T, Badge> badge;
        private final FontIcon icon = new FontIcon();
        private final Label label = new Label();
        private final Tooltip tip = new Tooltip();
        private List<String> classes = List.of();

        BadgeCell(Function<T, Badge> badge, Function<T, String> tooltip) {
            this.badge = badge;
            tip.setOnShowing(e -> {
                String text = isEmpty() || getItem() == null ? null : tooltip.apply(getItem());
                tip.setText(text == null ? "" : text);
            });
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            Badge shown = empty || item == null ? null : badge.apply(item);
            if (shown == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (!shown.words().equals(label.getText())) {
                label.setText(shown.words());
            }
            if (shown.icon() == null) {
                label.setGraphic(null);
            } else {
                if (icon.getIconCode() != shown.icon()) {
                    icon.setIconCode(shown.icon());
                }
                label.setGraphic(icon);
            }
            if (!shown.styleClasses().equals(classes)) {
                // a change of style classes matches the label against the style sheets again: only when they differ
                label.getStyleClass().removeAll(classes);
                label.getStyleClass().addAll(shown.styleClasses());
                classes = shown.styleClasses();
            }
            setGraphic(label);
            setTooltip(tip);
        }
    }

    private static final class MoneyCell<S> extends TableCell<S, Money> {
        MoneyCell() {
            setAlignment(Pos.CENTER_RIGHT);
        }

        @Override
        protected void updateItem(Money item, boolean empty) {
            super.updateItem(item, empty);
            boolean negative = !empty && item != null && item.isNegative();
            // the style class changes only when the sign does: each change makes the cell's CSS be worked out again
            if (negative != getStyleClass().contains(StyleClasses.NEGATIVE)) {
                if (negative) {
                    getStyleClass().add(StyleClasses.NEGATIVE);
                } else {
                    getStyleClass().remove(StyleClasses.NEGATIVE);
                }
            }
            setText(empty || item == null ? null : Formats.money(item));
        }
    }

    /**
     * Gives the column's header a tooltip saying what its figure means ({@code meaning}, one or two plain sentences).
     * The header shows a label carrying the tooltip in place of the column's text, which stays set (for the column
     * menu, tests and screen readers); app.css hides the text of headers styled {@value StyleClasses#EXPLAINED}.
     */
    public static <S, T> TableColumn<S, T> explain(TableColumn<S, T> column, String meaning) {
        javafx.scene.control.Label header = new javafx.scene.control.Label(column.getText());
        Tooltip tip = new Tooltip(meaning);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDuration(javafx.util.Duration.seconds(30));
        header.setTooltip(tip);
        header.textProperty().bind(column.textProperty());
        column.setGraphic(header);
        column.getStyleClass().add(StyleClasses.EXPLAINED);
        return column;
    }
}
