package io.licensor.ui.dashboard;

import io.licensor.analytics.metrics.MaturityLevel;
import io.licensor.analytics.metrics.MaturityModel;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboard.LicenseRate;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The source article's five-level licensing maturity model with the portfolio placed on it (analytics'
 * {@link MaturityModel}): the ladder with the article's typical royalty rates per level, why the portfolio stands
 * where it does and the next step, beside the effective royalty rates its licenses really earn.
 */
final class MaturityPanel {
    /** How many licenses' rates are shown at most. */
    static final int MOST_SHOWN = 12;

    private MaturityPanel() {}

    static Node build(PortfolioDashboard d) {
        MaturityModel.Assessment a = d.maturity();
        Label title = new Label(a.level() == MaturityLevel.NONE ? "Licensing maturity: not licensing yet"
                : "Licensing maturity: level " + a.level().number() + " of 5, " + a.level().title());
        title.getStyleClass().add("card-title");
        VBox why = new VBox(4);
        Label whyTitle = new Label("Why");
        whyTitle.getStyleClass().add("grid-header");
        why.getChildren().add(whyTitle);
        a.evidence().forEach(e -> why.getChildren().add(wrapped("\u2022 " + e)));
        Label next = wrapped("Next step: " + a.nextStep());
        next.getStyleClass().add("next-step");
        why.getChildren().add(next);
        Node ladder = ladder(a.level());
        HBox body = new HBox(18, ladder, why);
        HBox.setHgrow(why, Priority.ALWAYS);
        why.setPrefWidth(260);
        why.setMinWidth(200);
        Label note = wrapped("Typical rates are the source article's own figures, not checked benchmarks. An effective"
                + " rate is what a license earned (after any cap, with minimum top-ups) over the sales its licensee"
                + " reported, since it started.");
        note.getStyleClass().add("muted");
        VBox card = new VBox(8, title, body, rates(d.rates()), note);
        card.getStyleClass().addAll("dashboard-card", "maturity-card");
        return card;
    }

    private static Node ladder(MaturityLevel current) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(3);
        grid.add(header("Level"), 0, 0, 2, 1);
        grid.add(header("Typical rate"), 2, 0);
        int row = 1;
        for (int n = 5; n >= 1; n--) {
            MaturityLevel level = levelOf(n);
            boolean reached = current.number() >= n;
            boolean here = current == level;
            Label badge = new Label(String.valueOf(n));
            badge.getStyleClass().addAll("level-badge", here ? "here" : reached ? "reached" : "ahead");
            Label name = new Label(level.title() + ": " + level.characteristics());
            name.setWrapText(true);
            name.setMaxWidth(280);
            name.setMinWidth(180);
            name.getStyleClass().add(here ? "level-here" : reached ? "level-reached" : "level-ahead");
            Label rate = new Label(level.typicalRates());
            rate.getStyleClass().add("money");
            rate.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.add(badge, 0, row);
            grid.add(name, 1, row);
            grid.add(rate, 2, row);
            if (here) {
                Label you = new Label("You are here", new FontIcon(Feather.MAP_PIN));
                you.getStyleClass().add("you-are-here");
                you.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(you, 3, row);
            }
            row++;
        }
        return grid;
    }

    private static MaturityLevel levelOf(int number) {
        for (MaturityLevel level : MaturityLevel.values()) {
            if (level.number() == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("no maturity level " + number);
    }

    private static Node rates(List<LicenseRate> rates) {
        VBox box = new VBox(4);
        box.getChildren().add(header("Your licenses' effective royalty rates, next to the rates in their contracts"));
        List<LicenseRate> known = rates.stream().filter(r -> r.effectiveRate() != null)
                .sorted(Comparator.comparing(LicenseRate::effectiveRate).reversed()).toList();
        if (known.isEmpty()) {
            box.getChildren().add(wrapped("No license in force on per-sales terms has reported sales yet."));
            return box;
        }
        FlowPane chips = new FlowPane(8, 6);
        javafx.scene.control.Tooltip shared = io.licensor.ui.charts.ChartTooltips.tooltip("");
        for (LicenseRate r : shownOf(known)) {
            Label id = new Label(r.licenseId());
            id.getStyleClass().add("grid-header");
            Label rate = new Label(Formats.percent(r.effectiveRate()));
            rate.getStyleClass().add("money");
            Label contract = new Label("(contract " + contractRates(r.contractRates()) + ")");
            contract.getStyleClass().add("muted");
            HBox chip = new HBox(5, id, rate, contract);
            chip.setAlignment(Pos.BASELINE_LEFT);
            chip.getStyleClass().add("rate-chip");
            chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            io.licensor.ui.charts.ChartTooltips.lazy(chip, shared, () -> r.licenseId() + " " + r.licensee()
                    + ": earned " + Formats.percent(r.effectiveRate()) + " of its reported sales");
            chips.getChildren().add(chip);
        }
        box.getChildren().add(chips);
        if (known.size() > MOST_SHOWN) {
            box.getChildren().add(wrapped(known.size() + " licenses: the " + MOST_SHOWN / 2 + " highest and the "
                    + MOST_SHOWN / 2 + " lowest rates are shown."));
        }
        List<BigDecimal> values = new ArrayList<>(known.stream().map(LicenseRate::effectiveRate).toList());
        values.sort(Comparator.naturalOrder());
        box.getChildren().add(wrapped("Median " + Formats.percent(median(values)) + ", from "
                + Formats.percent(values.get(0)) + " to " + Formats.percent(values.get(values.size() - 1))
                + " (licenses in force on per-sales terms)."));
        return box;
    }

    /** All of them when few; else the highest and the lowest (a thousand chips would tell nothing). */
    static List<LicenseRate> shownOf(List<LicenseRate> byRateDescending) {
        int n = byRateDescending.size();
        if (n <= MOST_SHOWN) {
            return byRateDescending;
        }
        List<LicenseRate> shown = new ArrayList<>(byRateDescending.subList(0, MOST_SHOWN / 2));
        shown.addAll(byRateDescending.subList(n - MOST_SHOWN / 2, n));
        return shown;
    }

    static String contractRates(List<BigDecimal> rates) {
        return rates.isEmpty() ? Kpi.NONE : String.join(" / ", rates.stream()
                .map(r -> Formats.percentInput(r) + " %").toList());
    }

    static BigDecimal median(List<BigDecimal> sorted) {
        Objects.requireNonNull(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("grid-header");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
