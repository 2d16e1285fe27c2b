package io.licensor.ui.assetdashboard;

import io.licensor.analytics.metrics.LicenseFigures;
import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.service.dashboard.AssetDashboard.AssetLicense;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The licenses covering an asset: whether each is in force, what its licensee's own reports say it should have paid
 * against what it paid (in its own currency, as metrics.md defines expected, received and shortfall), its NPV and
 * its effective royalty rate. The id opens the license.
 */
final class AssetLicensesTable {
    private static final double ROW = 30;

    private AssetLicensesTable() {}

    static TableView<AssetLicense> create(Links links, java.util.function.Supplier<String> currentAsset,
            java.util.function.Supplier<LocalDate> asOf) {
        TableView<AssetLicense> table = new TableView<>();
        table.getStyleClass().addAll("asset-licenses", atlantafx.base.theme.Styles.DENSE);
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<AssetLicense, String> id = Columns.graphic("License", (AssetLicense l) -> l.license().id(),
                licenseId -> links.license(licenseId, currentAsset.get(), licenseId), licenseId -> null,
                io.licensor.model.NaturalOrder.INSTANCE);
        id.setPrefWidth(64);
        TableColumn<AssetLicense, String> licensee = Columns.string("Licensee", l -> l.license().licensee());
        licensee.setPrefWidth(150);
        TableColumn<AssetLicense, String> status = Columns.string("Status", l -> status(l, asOf.get()));
        status.setPrefWidth(160);
        TableColumn<AssetLicense, Money> expected = Columns.money("Expected", l -> money(l, l.figures().expected()));
        TableColumn<AssetLicense, Money> received = Columns.money("Received", l -> money(l, l.figures().received()));
        TableColumn<AssetLicense, LicenseFigures> shortfall = Columns.graphic("Paid", AssetLicense::figures,
                AssetLicensesTable::paid, AssetLicensesTable::paidTooltip,
                Comparator.comparing(f -> f.shortfall() == null ? BigDecimal.ZERO : f.shortfall()));
        shortfall.setPrefWidth(150);
        TableColumn<AssetLicense, Money> npv = Columns.money("NPV", l -> l.value() == null ? null
                : money(l, l.value().npv()));
        TableColumn<AssetLicense, BigDecimal> rate = Columns.text("Eff. rate", l -> l.value() == null ? null
                : l.value().effectiveRate(), Formats::percent, Comparator.naturalOrder());
        rate.setPrefWidth(74);
        Columns.explain(expected, "What the license's terms give for the sales the licensee reported, for the "
                + "periods ended by the as-of date, in the license's currency.");
        Columns.explain(received, "What the licensee paid for those periods (gross, before withholding).");
        Columns.explain(npv, "The license's value so far: the royalties its reports imply, discounted to its start "
                + "at the dashboard's NPV rate.");
        Columns.explain(rate, "Royalty earned (after any cap, with minimum top-ups) divided by the reported sales, "
                + "since the license started. Empty for per-unit terms.");
        for (TableColumn<AssetLicense, Money> m : java.util.List.of(expected, received, npv)) {
            m.setPrefWidth(112);
        }
        table.getColumns().setAll(java.util.List.of(id, licensee, status, expected, received, shortfall, npv, rate));
        Label empty = new Label("No license covers this asset yet. Add one in Licenses.");
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.itemsProperty().addListener((obs, old, items) -> fitHeight(table));
        table.getItems().addListener((javafx.collections.ListChangeListener<AssetLicense>) c -> fitHeight(table));
        fitHeight(table);
        return table;
    }

    /** Tall enough for every row: the dashboard scrolls, not the table. */
    private static void fitHeight(TableView<AssetLicense> table) {
        double height = (Math.max(table.getItems().size(), 2) + 1.4) * ROW;
        table.setPrefHeight(height);
        table.setMinHeight(height);
    }

    static String status(AssetLicense l, LocalDate asOf) {
        License license = l.license();
        if (l.active()) {
            return license.end() == null ? "In force" : "In force to " + license.end();
        }
        return license.start().isAfter(asOf) ? "Starts " + license.start() : "Ended " + license.end();
    }

    private static Money money(AssetLicense l, BigDecimal amount) {
        return amount == null ? null : new Money(amount, l.license().terms().currency());
    }

    private static Node paid(LicenseFigures f) {
        if (f.shortfall() == null) {
            return new Label(Kpi.NONE);
        }
        Money gap = new Money(f.shortfall(), f.currency());
        if (f.shortfall().signum() > 0) {
            Label shortLabel = new Label("Short " + Formats.money(gap), new FontIcon(Feather.ALERT_OCTAGON));
            shortLabel.getStyleClass().add("danger");
            return shortLabel;
        }
        if (f.shortfall().signum() < 0) {
            return new Label(Formats.money(gap.negate()) + " more");
        }
        Label full = new Label("In full", new FontIcon(Feather.CHECK));
        full.getStyleClass().add("good");
        return full;
    }

    private static String paidTooltip(LicenseFigures f) {
        return "Expected (the engine on the licensee's own reports up to the as-of date) minus received (royalty"
                + " and minimum top-up payments for those periods), in " + f.currency().getCurrencyCode() + ".";
    }
}
