package io.licensor.ui.assets;

import io.licensor.model.Asset;
import io.licensor.model.Money;
import io.licensor.model.Owner;
import io.licensor.model.Valuation;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.Columns.Badge;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.StyleClasses;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.feather.Feather;

/** The register's columns, each one line over {@link Columns}. */
final class AssetColumns {
    private AssetColumns() {}

    /** Ids in natural order, so A2 sorts before A10 as people expect. */
    static final Comparator<String> NATURAL_IDS = Comparator
            .comparing((String id) -> id.replaceAll("\\d+$", ""), String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(id -> {
                String digits = id.replaceAll("^.*?(\\d*)$", "$1");
                return digits.isEmpty() || digits.length() > 18 ? -1 : Long.parseLong(digits);
            })
            .thenComparing(Function.identity());

    static List<TableColumn<Asset, ?>> all(Function<String, List<AssetFlag>> flags) {
        TableColumn<Asset, String> id = Columns.text("ID", Asset::id, Function.identity(), NATURAL_IDS);
        width(id, 46);
        TableColumn<Asset, String> title = Columns.string("Title", Asset::title);
        width(title, 170);
        TableColumn<Asset, String> type = Columns.string("Type", a -> Names.of(a.type()));
        width(type, 92);
        TableColumn<Asset, String> owners = Columns.string("Owners", AssetColumns::owners);
        width(owners, 120);
        TableColumn<Asset, String> jurisdictions = Columns.string("Jurisdictions",
                a -> String.join(", ", a.jurisdictions()));
        width(jurisdictions, 94);
        TableColumn<Asset, ?> created = Columns.date("Created", Asset::createdOn);
        width(created, 92);
        TableColumn<Asset, ?> expires = Columns.date("Expires", Asset::expiresOn);
        width(expires, 92);
        TableColumn<Asset, Money> valuation = Columns.explain(Columns.money("Latest valuation",
                AssetColumns::latestValuation), "The value of the asset's newest valuation (the one with the latest "
                + "date), in its own currency. Valuations are listed in the editor.");
        width(valuation, 140);
        TableColumn<Asset, List<AssetFlag>> flagColumn = Columns.badge("Flags", a -> flags.apply(a.id()),
                AssetColumns::flagBadge, AssetColumns::flagTooltip, Comparator.comparingInt(List::size));
        width(flagColumn, 118);
        // Most telling first: when the window is narrow the table scrolls and the dates come last.
        return List.of(id, title, flagColumn, type, owners, valuation, expires, created, jurisdictions);
    }

    /** Wide enough for typical content; a person may narrow it down to three fifths. */
    private static void width(TableColumn<Asset, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
    }

    /** "Jane Doe" for a sole owner, "Jane Doe 60 %, Bob 40 %" for several. */
    static String owners(Asset asset) {
        List<Owner> owners = asset.owners();
        if (owners.size() == 1) {
            return owners.get(0).name();
        }
        return owners.stream().map(o -> o.name() + " " + Formats.percent(o.share()))
                .collect(Collectors.joining(", "));
    }

    /** The valuation with the latest date (the last one listed wins a tie). */
    static Money latestValuation(Asset asset) {
        Valuation latest = null;
        for (Valuation v : asset.valuations()) {
            if (latest == null || !v.asOf().isBefore(latest.asOf())) {
                latest = v;
            }
        }
        return latest == null ? null : latest.amount();
    }

    private static Badge flagBadge(List<AssetFlag> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        String words = flags.size() == 1 ? flags.get(0).label() : flags.size() + " flags";
        return new Badge(words, Feather.ALERT_TRIANGLE, StyleClasses.FLAG);
    }

    private static String flagTooltip(List<AssetFlag> flags) {
        return flags.stream().map(f -> f.label() + ": " + f.explanation()).collect(Collectors.joining("\n\n"));
    }
}
