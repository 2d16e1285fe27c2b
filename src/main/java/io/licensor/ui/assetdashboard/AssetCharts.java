package io.licensor.ui.assetdashboard;

import io.licensor.analytics.metrics.IncomeHistory;
import io.licensor.analytics.metrics.Yields;
import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.service.dashboard.AssetDashboard.LicenseIncome;
import io.licensor.ui.charts.AxisFormats;
import io.licensor.ui.charts.ChartLegend;
import io.licensor.ui.charts.ChartPanel;
import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.charts.Charts;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/**
 * An asset dashboard's charts: its income per quarter stacked by license (each license keeps its colour: its place
 * among the asset's licenses) and its yield at each quarter's end, then on the as-of date.
 */
final class AssetCharts {
    private AssetCharts() {}

    static Node incomeByLicense(AssetDashboard d, Dialogs dialogs) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(AxisFormats.amount());
        StackedBarChart<String, Number> chart = new StackedBarChart<>(x, y);
        IncomeHistory.Range last = d.quarters().get(d.quarters().size() - 1);
        Charts.prepare(chart, "Income by quarter, by license", "Quarter received" + (Periods.partial(last)
                ? " (" + Periods.quarter(last) + " up to " + d.asOf() + ")" : ""), "Licensing income ("
                + d.currency().getCurrencyCode() + ")");
        x.setCategories(FXCollections.observableArrayList(d.quarters().stream().map(Periods::quarter).toList()));
        List<ChartLegend.Entry> legend = new ArrayList<>();
        boolean any = false;
        for (int i = 0; i < d.incomeByLicense().size(); i++) {
            LicenseIncome license = d.incomeByLicense().get(i);
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(license.licenseId());
            for (int q = 0; q < d.quarters().size(); q++) {
                BigDecimal income = license.perQuarter().get(q);
                if (income.signum() != 0) {
                    XYChart.Data<String, Number> data = new XYChart.Data<>(Periods.quarter(d.quarters().get(q)),
                            income);
                    series.getData().add(data);
                    any = true;
                }
            }
            Charts.colourBars(series, i);
            ChartTooltips.onData(series, data -> data.getXValue() + " \u00b7 " + license.licenseId() + " "
                    + license.licensee() + "\n" + AssetKpis.money(d, (BigDecimal) data.getYValue())
                    + (shared(d, license.licenseId()) ? " (" + d.asset().id() + "'s share)" : ""));
            chart.getData().add(series);
            legend.add(ChartLegend.Entry.bar(license.licenseId() + " " + license.licensee(), i));
        }
        return new ChartPanel(chart, legend, d.asset().id() + "-income-by-quarter", dialogs)
                .emptyMessage(any ? null : d.incomeByLicense().isEmpty()
                        ? "No license covers this asset yet." : "No income in these quarters.");
    }

    private static boolean shared(AssetDashboard d, String licenseId) {
        return d.licenses().stream().anyMatch(l -> l.license().id().equals(licenseId)
                && l.license().assetIds().size() > 1);
    }

    static Node yieldTrend(AssetDashboard d, Dialogs dialogs) {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setTickLabelFormatter(AxisFormats.percent());
        LineChart<String, Number> chart = new LineChart<>(x, y);
        Charts.prepare(chart, "Yield over the trailing 12 months", "As of the end of each quarter, then "
                + d.asOf(), "Yield (%)");
        chart.setCreateSymbols(true); // nine points: each one carries its exact figure
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Yield");
        List<String> categories = new ArrayList<>();
        List<Yields.Point> trend = d.yieldTrend();
        for (int i = 0; i < trend.size(); i++) {
            Yields.Point point = trend.get(i);
            String category = i == trend.size() - 1 ? point.asOf().toString() : Periods.quarterOf(point.asOf());
            categories.add(category);
            if (point.yield() != null) {
                XYChart.Data<String, Number> data = new XYChart.Data<>(category, point.yield());
                data.setExtraValue(point);
                series.getData().add(data);
            }
        }
        x.setCategories(FXCollections.observableArrayList(categories));
        if (series.getData().isEmpty()) {
            // no points: the automatic range would run to a meaningless 12,500 % behind the sentence saying so
            y.setAutoRanging(false);
            y.setLowerBound(0);
            y.setUpperBound(1);
            y.setTickUnit(0.25);
        }
        Charts.colourLine(series, 0);
        ChartTooltips.onData(series, data -> {
            Yields.Point p = (Yields.Point) data.getExtraValue();
            return "Yield as of " + p.asOf() + ": " + Formats.percent(p.yield()) + "\nExact: "
                    + p.yield().round(java.math.MathContext.DECIMAL64).toPlainString();
        });
        chart.getData().add(series);
        return new ChartPanel(chart, List.of(ChartLegend.Entry.line("Yield: income of the 12 months before each"
                + " date / latest valuation then", 0)), d.asset().id() + "-yield", dialogs)
                .emptyMessage(series.getData().isEmpty() ? "No yield: the asset has no valuation on these dates."
                        : null);
    }
}
