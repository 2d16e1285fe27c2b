package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementKind;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.service.EnforcementSummary.AssetRow;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The columns of the entries table and of the totals-per-asset table, each one line over {@link Columns}. */
final class EnforcementColumns {
    private EnforcementColumns() {}

    static List<TableColumn<EntryRow, ?>> entries(String reporting) {
        TableColumn<EntryRow, String> id = Columns.text("ID", EntryRow::id, Function.identity(), NaturalOrder.INSTANCE);
        width(id, 50);
        TableColumn<EntryRow, LocalDate> date = Columns.date("Date", r -> r.entry().date());
        width(date, 96);
        TableColumn<EntryRow, EnforcementKind> kind = Columns.text("Kind", r -> r.entry().kind(),
                EnforcementTexts::kind, Comparator.naturalOrder());
        width(kind, 96);
        TableColumn<EntryRow, String> about = Columns.string("About", EntryRow::about);
        width(about, 220);
        TableColumn<EntryRow, Money> cost = Columns.money("Cost", EntryRow::cost);
        width(cost, 110);
        TableColumn<EntryRow, Money> recovered = Columns.money("Recovered", EntryRow::recovered);
        width(recovered, 110);
        TableColumn<EntryRow, Money> net = Columns.money("Net cost", EntryRow::net);
        Columns.explain(net, "Cost minus recovered for this entry; below zero when more was recovered than "
                + "spent.");
        width(net, 110);
        TableColumn<EntryRow, Money> inReporting = Columns.money("Net in " + reporting, EntryRow::netReporting);
        Columns.explain(inReporting, "The net cost converted into the reporting currency at the exchange rate in "
                + "force on the entry's date (Settings > Exchange rates).");
        width(inReporting, 120);
        TableColumn<EntryRow, String> note = Columns.string("Note", r -> r.entry().note());
        width(note, 200);
        return List.of(id, date, kind, about, cost, recovered, net, inReporting, note);
    }

    /** Asset, then all-time and twelve-month figures under one heading each, then the flag. */
    static List<TableColumn<AssetRow, ?>> totals(Currency reporting) {
        TableColumn<AssetRow, String> asset = Columns.text("Totals per asset in " + reporting.getCurrencyCode(),
                r -> r.assetId() + " " + r.title(), Function.identity(), NaturalOrder.INSTANCE);
        width(asset, 190);
        TableColumn<AssetRow, String> entries = Columns.text("Entries", r -> String.valueOf(r.entries()),
                Function.identity(), Comparator.comparingInt(Integer::parseInt));
        entries.getStyleClass().add(StyleClasses.MONEY);
        width(entries, 70);
        TableColumn<AssetRow, Money> cost = Columns.money("Cost", r -> money(r.cost(), reporting));
        width(cost, 114);
        TableColumn<AssetRow, Money> recovered = Columns.money("Recovered", r -> money(r.recovered(), reporting));
        width(recovered, 110);
        TableColumn<AssetRow, Money> net = Columns.money("Net cost", r -> money(r.net(), reporting));
        Columns.explain(net, "Cost minus recovered over all the asset's entries, in the reporting currency.");
        width(net, 118);
        TableColumn<AssetRow, Object> allTime = new TableColumn<>("All time");
        allTime.getColumns().setAll(List.of(entries, cost, recovered, net));
        TableColumn<AssetRow, Money> window = Columns.money("Net cost", r -> money(r.netLastTwelveMonths(), reporting));
        Columns.explain(window, "Cost minus recovered of the entries dated in the last 12 months up to the "
                + "as-of date.");
        width(window, 114);
        TableColumn<AssetRow, Money> income = Columns.money("Income", r -> money(r.incomeLastTwelveMonths(),
                reporting));
        Columns.explain(income, "Licensing income the asset brought in over the same 12 months: net receipts "
                + "(gross minus withholding), split between the assets a license covers.");
        width(income, 116);
        TableColumn<AssetRow, BigDecimal> ratio = Columns.text("Cost / income", AssetRow::costRatio,
                EnforcementTexts::percent, Comparator.naturalOrder());
        ratio.getStyleClass().add(StyleClasses.MONEY);
        Columns.explain(ratio, "Net enforcement cost divided by licensing income over the last 12 months: the "
                + "share of what the asset earns that goes into enforcing it. Empty when it earned nothing.");
        width(ratio, 118);
        TableColumn<AssetRow, Object> lastYear = new TableColumn<>("Last 12 months");
        lastYear.getColumns().setAll(List.of(window, income, ratio));
        TableColumn<AssetRow, Boolean> flag = Columns.graphic("Flag", AssetRow::exceedsIncome,
                EnforcementColumns::flagGraphic, exceeds -> exceeds ? FLAG_TIP : null, Comparator.naturalOrder());
        width(flag, 160);
        return List.of(asset, allTime, lastYear, flag);
    }

    private static final String FLAG_TIP = "Over the last twelve months enforcing this asset cost more than it "
            + "earned (the risk flag ENFORCEMENT_EXCEEDS_INCOME): check whether the enforcement still pays.";

    private static Node flagGraphic(Boolean exceeds) {
        if (!exceeds) {
            return null;
        }
        Label flag = new Label("Cost over income", new FontIcon(Feather.ALERT_TRIANGLE));
        flag.getStyleClass().addAll("exceeds", "exceeds-word");
        return flag;
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return amount == null ? null : new Money(amount, currency);
    }

    private static <S> void width(TableColumn<S, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
    }
}
