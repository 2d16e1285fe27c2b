package io.licensor.ui.scenarios;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.Money;
import io.licensor.ui.charts.ChartPalette;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** Per structure: total royalty, total income with the upfront fee, NPV and effective rate, exact to the cent. */
final class TotalsTable {

    /** A structure's name cell: its palette colour, its name and its terms in words (the cell's tooltip). */
    record Name(int index, String label, String terms) {}

    /** One structure's figures; {@code name.index()} is its palette colour. */
    record Row(Name name, Money royalty, Money income, Money npv, BigDecimal effectiveRate) {}

    /**
     * A table row that stays while a slider moves: each cell follows one property of it, set only when its figure
     * changes, so a slider step re-renders the cells whose figure moved instead of replacing the row (which would
     * rebuild, and restyle, every cell).
     */
    static final class LiveRow {
        private final ObjectProperty<Name> name = new SimpleObjectProperty<>();
        private final ObjectProperty<Money> royalty = new SimpleObjectProperty<>();
        private final ObjectProperty<Money> income = new SimpleObjectProperty<>();
        private final ObjectProperty<Money> npv = new SimpleObjectProperty<>();
        private final ObjectProperty<BigDecimal> rate = new SimpleObjectProperty<>();
        private Row row;

        LiveRow(Row r) {
            set(r);
        }

        Row get() {
            return row;
        }

        void set(Row r) {
            row = r;
            follow(name, r.name());
            follow(royalty, r.royalty());
            follow(income, r.income());
            follow(npv, r.npv());
            follow(rate, r.effectiveRate());
        }

        private static <T> void follow(ObjectProperty<T> part, T now) {
            if (!Objects.equals(part.get(), now)) {
                part.set(now);
            }
        }

        ObservableValue<Name> name() {
            return name;
        }

        ObservableValue<Money> royalty() {
            return royalty;
        }

        ObservableValue<Money> income() {
            return income;
        }

        ObservableValue<Money> npv() {
            return npv;
        }

        ObservableValue<BigDecimal> rate() {
            return rate;
        }
    }

    private final TableView<LiveRow> table = new TableView<>();

    TotalsTable() {
        table.getStyleClass().add("totals-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LiveRow, Name> name = live(Columns.graphic("Structure", r -> r.get().name(),
                TotalsTable::swatch, Name::terms, Comparator.comparing(Name::index)), LiveRow::name);
        name.setCellFactory(c -> new NameCell());
        name.setPrefWidth(175);
        table.getColumns().add(name);
        table.getColumns().add(explained(live(Columns.money("Royalty", r -> r.get().royalty()), LiveRow::royalty),
                "Total royalty: royalties earned over all years: after the annual cap, with minimum top-ups; "
                        + "without the upfront fee or advance."));
        table.getColumns().add(explained(live(Columns.money("Income", r -> r.get().income()), LiveRow::income),
                "Total income: everything received before withholding: upfront fee, advance and the royalties paid "
                        + "once the advance is recouped."));
        table.getColumns().add(explained(live(Columns.money("NPV", r -> r.get().npv()), LiveRow::npv), "Net income "
                + "(after withholding) of each year discounted to the contract start at the discount rate; fee and "
                + "advance count at signing."));
        TableColumn<LiveRow, BigDecimal> rate = live(Columns.text("Eff. rate", r -> r.get().effectiveRate(),
                Formats::percent, Comparator.naturalOrder()), LiveRow::rate);
        rate.getStyleClass().add(StyleClasses.MONEY);
        rate.setCellFactory(wrapRight(rate));
        table.getColumns().add(explained(rate, "Effective rate: total royalty divided by the licensee's projected "
                + "revenue over all years: one rate to compare deals of different shapes."));
        rate.setPrefWidth(86);
        rate.setMinWidth(78);
        table.setPlaceholder(new Label("No figures yet."));
        table.setFixedCellSize(26);
        table.setMinHeight(26 * 3 + 30);
        table.setPrefHeight(26 * 3 + 32);
    }

    /** The column's cells follow the row's figures as they change. */
    private static <T> TableColumn<LiveRow, T> live(TableColumn<LiveRow, T> column,
            Function<LiveRow, ObservableValue<T>> field) {
        column.setCellValueFactory(c -> field.apply(c.getValue()));
        return column;
    }

    private static <T> javafx.util.Callback<TableColumn<LiveRow, T>, javafx.scene.control.TableCell<LiveRow, T>>
            wrapRight(TableColumn<LiveRow, T> column) {
        var base = column.getCellFactory();
        return c -> {
            var cell = base.call(c);
            cell.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            return cell;
        };
    }

    private static <T> TableColumn<LiveRow, T> explained(TableColumn<LiveRow, T> column, String how) {
        Label header = new Label(column.getText());
        header.setTooltip(new Tooltip(how));
        column.setText("");
        column.setGraphic(header);
        column.setPrefWidth(118);
        return column;
    }

    /** The name with its swatch as a new node (the column's cells are {@link NameCell}s, which keep their own). */
    private static Label swatch(Name r) {
        Region box = new Region();
        box.getStyleClass().add("structure-swatch");
        box.setStyle("-fx-background-color: " + ChartPalette.web(r.index()) + ";");
        Label l = new Label(r.label(), box);
        l.setGraphicTextGap(7);
        return l;
    }

    /**
     * The structure's colour swatch and name. One label and swatch per cell, changed in place: the name's terms (its
     * tooltip) change with every rate step, and a new graphic node each time would need its CSS applied afresh.
     */
    static final class NameCell extends TableCell<LiveRow, Name> {
        private final Region box = new Region();
        private final Label label = new Label("", box);
        private final Tooltip tip = new Tooltip();
        private int shownIndex = -1;

        NameCell() {
            box.getStyleClass().add("structure-swatch");
            label.setGraphicTextGap(7);
        }

        @Override
        protected void updateItem(Name item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            show(item);
            if (getGraphic() != label) {
                setGraphic(label);
            }
            if (getTooltip() != tip) {
                setTooltip(tip);
            }
        }

        private void show(Name r) {
            if (r.index() != shownIndex) {
                box.setStyle("-fx-background-color: " + ChartPalette.web(r.index()) + ";");
                shownIndex = r.index();
            }
            label.setText(r.label());
            tip.setText(r.terms());
        }
    }

    TableView<LiveRow> node() {
        return table;
    }

    void show(StudioFigures f, Locale locale) {
        Currency c = Currency.getInstance(f.currency());
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < f.labels().size(); i++) {
            ScenarioComparison.StructureResult r = f.result().structures().get(i);
            rows.add(new Row(new Name(i, f.labels().get(i), TermsText.describe(r.terms(), locale)),
                    Money.of(r.totalRoyalty(), c), Money.of(r.totalIncome(), c), Money.of(r.npv(), c),
                    r.effectiveRate()));
        }
        if (table.getItems().size() == rows.size()) {
            for (int i = 0; i < rows.size(); i++) {
                table.getItems().get(i).set(rows.get(i));
            }
        } else {
            table.getItems().setAll(rows.stream().map(LiveRow::new).toList());
            table.setPrefHeight(26 * Math.max(2, rows.size()) + 32);
        }
    }
}
