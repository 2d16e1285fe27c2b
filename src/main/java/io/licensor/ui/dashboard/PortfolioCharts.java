package io.licensor.ui.dashboard;

import io.licensor.model.AssetType;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.service.dashboard.PortfolioDashboard.AssetIncome;
import io.licensor.service.dashboard.PortfolioDashboard.CountryIncome;
import io.licensor.service.dashboard.PortfolioDashboard.QuarterIncome;
import io.licensor.ui.assetdashboard.Periods;
import io.licensor.ui.assets.Names;
import io.licensor.ui.charts.AxisFormats;
import io.licensor.ui.charts.ChartPanel;
import io.licensor.ui.charts.ChartLegend;
import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.charts.Charts;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * The portfolio dashboard's charts, built afresh from each dashboard (they are small): income by quarter stacked by
 * asset type, the top assets and income by licensee country. Asset types keep one colour everywhere (their order in
 * {@link AssetType}); each chart has a legend, exact values in tooltips and PNG export on its context menu.
 */
final class PortfolioCharts {
    /** The colour of the country bars: one not used by any asset type. */
    private static final int COUNTRY_COLOUR = AssetType.values().length;

    private PortfolioCharts() {}

    static String quarterName(QuarterIncome q) {
        return Periods.quarter(q.range());
    }

    static Node incomeByQuarter(PortfolioDashboard d, Dialogs dialogs) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(AxisFormats.amount());
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        String code = d.currency().getCurrencyCode();
        QuarterIncome last = d.quarters().get(d.quarters().size() - 1);
        Charts.prepare(chart, "Licensing income by quarter, by asset type",
                "Quarter received" + (last.partial() ? " (" + quarterName(last) + " up to " + d.asOf() + ")" : ""),
                "Licensing income (" + code + ")");
        List<String> categories = d.quarters().stream().map(PortfolioCharts::quarterName).toList();
        x.setCategories(javafx.collections.FXCollections.observableArrayList(categories));
        Set<AssetType> types = EnumSet.noneOf(AssetType.class);
        d.quarters().forEach(q -> types.addAll(q.byType().keySet()));
        List<ChartLegend.Entry> legend = new ArrayList<>();
        for (AssetType type : types) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(Names.of(type));
            for (QuarterIncome q : d.quarters()) {
                BigDecimal income = q.byType().get(type);
                if (income != null) {
                    XYChart.Data<String, Number> data = new XYChart.Data<>(quarterName(q), income);
                    data.setExtraValue(q);
                    series.getData().add(data);
                }
            }
            Charts.colourBars(series, type.ordinal());
            ChartTooltips.onData(series, data -> quarterName((QuarterIncome) data.getExtraValue()) + " \u00b7 "
                    + Names.of(type) + "\n" + PortfolioKpis.money(d, (BigDecimal) data.getYValue()) + " of "
                    + PortfolioKpis.money(d, ((QuarterIncome) data.getExtraValue()).total()) + " in the quarter");
            chart.getData().add(series);
            legend.add(ChartLegend.Entry.bar(Names.of(type), type.ordinal()));
        }
        return new ChartPanel(chart, legend, "licensing-income-by-quarter", dialogs)
                .emptyMessage(types.isEmpty() ? "No licensing income in these quarters." : null);
    }

    static Node topAssets(PortfolioDashboard d, Dialogs dialogs, Consumer<String> openAsset) {
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis();
        x.setTickLabelFormatter(AxisFormats.amount());
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setCategoryGap(4);
        Charts.prepare(chart, "Top assets, last 12 months", "Licensing income ("
                + d.currency().getCurrencyCode() + ")", null);
        BigDecimal total = d.metrics().portfolio().licensingIncome();
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<AssetIncome> top = new ArrayList<>(d.topAssets());
        java.util.Collections.reverse(top); // a vertical category axis lists from the bottom up
        Set<AssetType> types = EnumSet.noneOf(AssetType.class);
        for (AssetIncome a : top) {
            XYChart.Data<Number, String> data = new XYChart.Data<>(a.income(), a.assetId() + " " + shorten(a.title()));
            series.getData().add(data);
            Charts.colourBar(data, a.type().ordinal());
            types.add(a.type());
            Charts.onNode(data, node -> {
                node.setOnMouseClicked(e -> openAsset.accept(a.assetId()));
                node.setCursor(javafx.scene.Cursor.HAND);
            });
        }
        ChartTooltips.onData(series, data -> {
            AssetIncome a = d.topAssets().stream().filter(t -> data.getYValue().startsWith(t.assetId() + " "))
                    .findFirst().orElseThrow();
            return a.assetId() + " " + a.title() + " (" + Names.of(a.type()) + ")\n"
                    + PortfolioKpis.money(d, a.income()) + ", " + Formats.percent(a.income().divide(total,
                    MathContext.DECIMAL64)) + " of the portfolio's\nClick to open its dashboard";
        });
        chart.getData().add(series);
        List<ChartLegend.Entry> legend = types.stream().map(t -> ChartLegend.Entry.bar(Names.of(t), t.ordinal()))
                .toList();
        return new ChartPanel(chart, legend, "top-assets", dialogs)
                .emptyMessage(top.isEmpty() ? "No asset earned anything in the last 12 months." : null);
    }

    static Node countries(PortfolioDashboard d, Dialogs dialogs) {
        CategoryAxis y = new CategoryAxis();
        NumberAxis x = new NumberAxis();
        x.setTickLabelFormatter(AxisFormats.amount());
        BarChart<Number, String> chart = new BarChart<>(x, y);
        int n = d.countries().size();
        chart.setCategoryGap(n >= 4 ? 12 : n == 3 ? 24 : n == 2 ? 50 : 90); // bars about as thick as the others
        Charts.prepare(chart, "Income by licensee country, last 12 months", "Licensing income ("
                + d.currency().getCurrencyCode() + ")", null);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<CountryIncome> countries = new ArrayList<>(d.countries());
        java.util.Collections.reverse(countries);
        BigDecimal total = d.metrics().portfolio().licensingIncome();
        for (CountryIncome c : countries) {
            XYChart.Data<Number, String> data = new XYChart.Data<>(c.income(), countryName(c.country()));
            data.setExtraValue(c);
            series.getData().add(data);
        }
        Charts.colourBars(series, COUNTRY_COLOUR);
        ChartTooltips.onData(series, data -> {
            CountryIncome c = (CountryIncome) data.getExtraValue();
            return countryName(c.country()) + "\n" + PortfolioKpis.money(d, c.income()) + ", "
                    + Formats.percent(c.income().divide(total, MathContext.DECIMAL64)) + " of the portfolio's\n"
                    + "Licenses: " + String.join(", ", c.licenseIds());
        });
        chart.getData().add(series);
        return new ChartPanel(chart, List.of(ChartLegend.Entry.bar("Licensees' country", COUNTRY_COLOUR)),
                "income-by-country", dialogs)
                .emptyMessage(countries.isEmpty() ? "No licensing income in the last 12 months." : null);
    }

    static String countryName(String code) {
        if (code == null) {
            return "Country not recorded";
        }
        String name = new Locale("", code).getDisplayCountry(Locale.getDefault(Locale.Category.DISPLAY));
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    static String shorten(String title) {
        return title.length() <= 26 ? title : title.substring(0, 25).stripTrailing() + "\u2026";
    }
}
