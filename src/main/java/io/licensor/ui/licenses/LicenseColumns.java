package io.licensor.ui.licenses;

import io.licensor.analytics.metrics.RiskFlag;
import io.licensor.model.License;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.ui.common.Columns;
import io.licensor.ui.common.Columns.Badge;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.StyleClasses;
import io.licensor.ui.licenses.terms.Choices;
import io.licensor.ui.licenses.terms.TermsModel;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The licenses table's columns, each one line over {@link Columns}. */
final class LicenseColumns {
    private LicenseColumns() {}

    static List<TableColumn<License, ?>> all(LicensesModel model) {
        TableColumn<License, String> id = Columns.text("ID", License::id, Function.identity(), NaturalOrder.INSTANCE);
        width(id, 46);
        TableColumn<License, String> licensee = Columns.string("Licensee", License::licensee);
        width(licensee, 150);
        TableColumn<License, License> status = Columns.badge("Status", Function.identity(),
                l -> statusBadge(model.statusOf(l)), l -> model.statusOf(l).explanation(l),
                Comparator.comparing(model::statusOf, LicenseStatus.ORDER));
        width(status, 140);
        TableColumn<License, List<RiskFlag>> flags = Columns.badge("Flags", l -> flagsOf(model, l),
                LicenseColumns::flagBadge, LicenseColumns::flagTooltip, Comparator.comparingInt(List::size));
        width(flags, 118);
        TableColumn<License, RoyaltyTerms> terms = Columns.badge("Terms", License::terms,
                LicenseColumns::termsBadge, LicenseColumns::tierList,
                Comparator.comparing(LicenseColumns::summary));
        width(terms, 165);
        TableColumn<License, String> currency = Columns.string("Currency",
                l -> l.terms().currency().getCurrencyCode());
        width(currency, 70);
        TableColumn<License, String> country = Columns.text("Country", License::licenseeCountry,
                c -> c + "  " + Choices.countryName(c), String.CASE_INSENSITIVE_ORDER);
        width(country, 110);
        TableColumn<License, String> assets = Columns.string("Assets", l -> String.join(", ", l.assetIds()));
        width(assets, 90);
        TableColumn<License, ?> start = Columns.date("Start", License::start);
        width(start, 92);
        TableColumn<License, ?> end = Columns.date("End", License::end);
        width(end, 92);
        return List.of(id, licensee, status, flags, terms, currency, end, start, country, assets);
    }

    private static void width(TableColumn<License, ?> column, double width) {
        column.setPrefWidth(width);
        column.setMinWidth(Math.round(width * 0.6));
    }

    private static List<RiskFlag> flagsOf(LicensesModel model, License license) {
        var summary = model.summaryOf(license.id());
        return summary == null ? List.of() : summary.flags();
    }

    /** The status as the editor shows it: the same words, icon and colour as the table's cell. */
    static Node statusGraphic(LicenseStatus status) {
        Badge badge = statusBadge(status);
        Label label = new Label(badge.words(), new FontIcon(badge.icon()));
        label.getStyleClass().addAll(badge.styleClasses());
        return label;
    }

    static Badge statusBadge(LicenseStatus status) {
        Ikon icon = switch (status.kind()) {
            case ACTIVE -> Feather.CHECK_CIRCLE;
            case ENDING -> Feather.CLOCK;
            case NOT_STARTED -> Feather.CALENDAR;
            case EXPIRED -> Feather.SLASH;
        };
        return new Badge(status.label(), icon, "license-status", status.styleClass());
    }

    private static Badge flagBadge(List<RiskFlag> flags) {
        if (flags.isEmpty()) {
            return null;
        }
        String words = flags.size() == 1 ? FlagWords.label(flags.get(0).code()) : flags.size() + " flags";
        return new Badge(words, Feather.ALERT_TRIANGLE, StyleClasses.FLAG);
    }

    /** The terms' summary as plain words (no icon); the tooltip lists the tiers. */
    private static Badge termsBadge(RoyaltyTerms terms) {
        String summary = summary(terms);
        return summary.isEmpty() ? null : new Badge(summary, null);
    }

    private static String flagTooltip(List<RiskFlag> flags) {
        return flags.stream().map(f -> FlagWords.label(f.code()) + ": " + f.explanation() + " " + f.whatToDo())
                .collect(Collectors.joining("\n\n"));
    }

    /** "8 %", "5–18 %, 3 tiers", "0.40–0.30 USD/unit, 2 tiers"; the tooltip lists every tier and the mode. */
    static String summary(RoyaltyTerms t) {
        List<Tier> tiers = t.tiers();
        if (tiers.isEmpty()) {
            return "";
        }
        boolean units = t.basis() == RoyaltyBasis.UNITS;
        String first = number(t, tiers.get(0).rate());
        String last = number(t, tiers.get(tiers.size() - 1).rate());
        String range = tiers.size() == 1 ? first : first + "\u2013" + last;
        String unit = units ? " " + t.currency().getCurrencyCode() + "/unit" : " %";
        return range + unit + (tiers.size() == 1 ? "" : ", " + tiers.size() + " tiers");
    }

    /** A rate as its number alone: 12.5 (a percentage) or 0.40 (money per unit, at least the minor units). */
    private static String number(RoyaltyTerms t, BigDecimal rate) {
        if (t.basis() == RoyaltyBasis.UNITS) {
            int digits = Math.max(Money.minorUnits(t.currency()), rate.stripTrailingZeros().scale());
            return rate.setScale(digits, java.math.RoundingMode.UNNECESSARY).toPlainString();
        }
        return Formats.percent(rate).replace(" %", "");
    }

    private static String rate(RoyaltyTerms t, BigDecimal rate) {
        return t.basis() == RoyaltyBasis.UNITS ? number(t, rate) : Formats.percent(rate);
    }

    /** Every tier on its own line, with the mode explained, for the tooltip. */
    static String tierList(RoyaltyTerms t) {
        NumberFormat number = NumberFormat.getNumberInstance();
        String unit = t.basis() == RoyaltyBasis.UNITS ? " units" : " " + t.currency().getCurrencyCode();
        String lines = t.tiers().stream().map(tier -> "From " + number.format(tier.from()) + unit + ": "
                + rate(t, tier.rate()) + (t.basis() == RoyaltyBasis.UNITS ? " " + t.currency().getCurrencyCode()
                        + " per unit" : " of net sales")).collect(Collectors.joining("\n"));
        return t.tiers().size() > 1 ? lines + "\n" + TermsModel.explain(t.tierMode()) : lines;
    }
}
