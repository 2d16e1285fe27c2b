package io.licensor.ui.scenarios;

import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.model.Money;
import io.licensor.ui.charts.AxisFormats;
import io.licensor.ui.charts.ChartPalette;
import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.charts.Charts;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

/**
 * The projection's two small charts: cumulative income year by year (signing at year 0: the upfront fee and the
 * advance) and the NPV of each structure's net cash as bars. Both in the structures' palette colours.
 */
final class YearCharts {
    private final NumberAxis years = new NumberAxis();
    private final NumberAxis cumulativeAxis = new NumberAxis();
    private final LineChart<Number, Number> cumulative = new LineChart<>(years, cumulativeAxis);
    private final CategoryAxis names = new CategoryAxis();
    private final NumberAxis npvAxis = new NumberAxis();
    private final BarChart<String, Number> npv = new BarChart<>(names, npvAxis);
    private final XYChart.Series<String, Number> npvSeries = new XYChart.Series<>();
    private final List<Tooltip> npvTips = new ArrayList<>();

    YearCharts() {
        Charts.prepare(cumulative, "Cumulative income", "Contract year", "Income");
        cumulative.getStyleClass().add("cumulative-chart");
        cumulative.setStyle("-fx-padding: 2px 10px 0 0;");
        years.setAutoRanging(false);
        years.setLowerBound(0);
        years.setMinorTickVisible(false);
        cumulativeAxis.setMinorTickVisible(false);
        cumulativeAxis.setTickLabelFormatter(AxisFormats.amount());
        Charts.prepare(npv, "Net present value", "", "NPV");
        npv.getStyleClass().add("npv-chart");
        npvAxis.setTickLabelFormatter(AxisFormats.amount());
        npvAxis.setMinorTickVisible(false);
        names.setAnimated(false);
        // the categories are set when the names change; an autoranging category axis would rebuild its tick labels
        // (new nodes, CSS applied afresh) on every slider step, because every new NPV invalidates its range
        names.setAutoRanging(false);
        npv.setCategoryGap(24);
        npv.getData().add(npvSeries);
        for (var chart : List.of(cumulative, npv)) {
            chart.setMinHeight(180);
            chart.setPrefHeight(230);
            chart.setMinWidth(200);
        }
    }

    LineChart<Number, Number> cumulativeNode() {
        return cumulative;
    }

    BarChart<String, Number> npvNode() {
        return npv;
    }

    void show(StudioFigures f, BigDecimal discountRate) {
        Currency c = Currency.getInstance(f.currency());
        List<ScenarioComparison.StructureResult> results = f.result().structures();
        int n = results.get(0).years().size();
        years.setUpperBound(n);
        years.setTickUnit(n <= 10 ? 1 : Math.ceil(n / 10.0));
        AxisRange.label(cumulativeAxis, "Income (" + f.currency() + ")");
        AxisRange.label(npvAxis, "NPV (" + f.currency() + ")");
        npv.setTitle("NPV at " + Formats.percent(discountRate) + " a year");
        if (cumulative.getData().size() != results.size()) {
            List<XYChart.Series<Number, Number>> all = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                all.add(new XYChart.Series<>());
            }
            cumulative.getData().setAll(all);
            for (int i = 0; i < all.size(); i++) {
                Charts.colourLine(all.get(i), i);
            }
        }
        for (int i = 0; i < results.size(); i++) {
            cumulative.getData().get(i).setName(f.labels().get(i));
            RevenueChart.update(cumulative.getData().get(i), cumulativePoints(results.get(i)));
        }
        double top = 0;
        double npvTop = 0;
        for (ScenarioComparison.StructureResult r : results) {
            top = Math.max(top, r.years().get(r.years().size() - 1).cumulativeIncome().doubleValue());
            npvTop = Math.max(npvTop, r.npv().doubleValue());
        }
        AxisRange.fit(cumulativeAxis, top);
        AxisRange.fit(npvAxis, npvTop);
        showNpv(f, results, c);
    }

    private static List<XYChart.Data<Number, Number>> cumulativePoints(ScenarioComparison.StructureResult r) {
        List<XYChart.Data<Number, Number>> pts = new ArrayList<>();
        BigDecimal atSigning = r.terms().upfrontFee().amount().add(r.terms().advance().amount());
        pts.add(new XYChart.Data<>(0, atSigning.doubleValue()));
        for (ScenarioComparison.YearRow y : r.years()) {
            pts.add(new XYChart.Data<>(y.year(), y.cumulativeIncome().doubleValue()));
        }
        return pts;
    }

    private void showNpv(StudioFigures f, List<ScenarioComparison.StructureResult> results, Currency c) {
        List<String> categories = categories(f.labels());
        boolean same = npvSeries.getData().size() == results.size();
        for (int i = 0; same && i < results.size(); i++) {
            same = npvSeries.getData().get(i).getXValue().equals(categories.get(i));
        }
        if (!same) {
            List<XYChart.Data<String, Number>> bars = new ArrayList<>();
            npvTips.clear();
            for (int i = 0; i < results.size(); i++) {
                XYChart.Data<String, Number> d = new XYChart.Data<>(categories.get(i), 0);
                Tooltip tip = ChartTooltips.tooltip("");
                npvTips.add(tip);
                d.setExtraValue(i);
                d.nodeProperty().addListener((obs, old, node) -> {
                    colour(d, node);
                    if (node != null) {
                        Tooltip.install(node, tip);
                    }
                });
                bars.add(d);
            }
            names.getCategories().setAll(categories);
            npvSeries.getData().setAll(bars);
        }
        for (int i = 0; i < results.size(); i++) {
            XYChart.Data<String, Number> d = npvSeries.getData().get(i);
            d.setYValue(results.get(i).npv().doubleValue());
            colour(d, d.getNode());
            npvTips.get(i).setText(f.labels().get(i) + ": NPV " + Formats.money(Money.of(results.get(i).npv(), c))
                    + "\nEach year's net income (after withholding) discounted to the contract start; the fee and "
                    + "advance count at signing.");
        }
    }

    private static void colour(XYChart.Data<String, Number> d, Node node) {
        if (node != null) {
            node.setStyle("-fx-bar-fill: " + ChartPalette.web((Integer) d.getExtraValue()) + ";");
        }
    }

    /** The labels, made unique (a category axis would merge two bars of the same name). */
    static List<String> categories(List<String> labels) {
        Set<String> seen = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            String l = labels.get(i);
            out.add(seen.add(l) ? l : l + " (" + (i + 1) + ")");
        }
        return out;
    }
}
