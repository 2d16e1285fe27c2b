package io.licensor.ui.licenses.terms;

import io.licensor.model.Money;
import io.licensor.model.Tier;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.StyleClasses;
import io.licensor.ui.licenses.terms.PreviewCalculation.Point;
import io.licensor.ui.licenses.terms.PreviewModel.Chart;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import javax.imageio.ImageIO;

/**
 * The live preview of a {@link PreviewModel}: a line chart of royalty against the licensee's sales over one contract
 * year with the tier thresholds and the chosen sales marked, a field for the sales figure, and the sentence with the
 * engine's figure. No animation, no symbols; hovering the plot shows the exact royalty at that point; the context menu
 * saves the chart as PNG.
 */
public final class TermsPreview extends VBox {
    private final NumberAxis xAxis = new NumberAxis();
    private final NumberAxis yAxis = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(xAxis, yAxis);
    private final TextField salesField = new TextField();
    private final Label salesUnit = new Label();
    private final Label salesLabel = new Label();
    private final Label salesMessage = new Label();
    private final Label sentence = new Label();
    private final Tooltip hover = new Tooltip();
    private PreviewModel model;
    private Dialogs dialogs;

    public TermsPreview() {
        getStyleClass().add("terms-preview");
        getStylesheets().add(TermsPreview.class.getResource("terms.css").toExternalForm());
        setSpacing(6);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setLegendVisible(true);
        chart.setPrefHeight(240);
        chart.setMinHeight(140);
        VBox.setVgrow(chart, javafx.scene.layout.Priority.ALWAYS);
        chart.getStyleClass().add("preview-chart");
        xAxis.setForceZeroInRange(true);
        yAxis.setForceZeroInRange(true);
        xAxis.setAnimated(false);
        yAxis.setAnimated(false);
        xAxis.setMinorTickVisible(false);
        yAxis.setMinorTickVisible(false);
        xAxis.setTickLabelFormatter(compact());
        yAxis.setTickLabelFormatter(compact());
        salesField.setId("previewSales");
        salesField.getStyleClass().add(StyleClasses.MONEY);
        salesField.setPrefColumnCount(10);
        salesField.setAccessibleText("Sales in a contract year for the preview");
        salesField.setTooltip(new Tooltip("The licensee's sales in one contract year to compute the royalty for. "
                + "It starts at the license's reported sales of its latest twelve months, else 100,000."));
        salesLabel.setText("Sales in a contract year");
        salesLabel.setLabelFor(salesField);
        HBox salesRow = new HBox(8, salesLabel, salesField, salesUnit);
        salesRow.setAlignment(Pos.CENTER_LEFT);
        salesMessage.getStyleClass().add(StyleClasses.FIELD_MESSAGE);
        salesMessage.managedProperty().bind(salesMessage.visibleProperty());
        sentence.setId("previewSentence");
        sentence.setWrapText(true);
        sentence.getStyleClass().add("preview-sentence");
        sentence.setTooltip(new Tooltip("The royalty engine's totalPayable for one period covering the first "
                + "contract year with these sales: tiers, cap, minimum and advance recoupment applied; the "
                + "upfront fee and the advance itself are not included. The effective rate is that royalty "
                + "divided by the sales."));
        // the chart gives way when the pane is short; the figure and its sentence never do
        for (javafx.scene.layout.Region r : new javafx.scene.layout.Region[] {salesRow, salesMessage, sentence}) {
            r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        getChildren().addAll(chart, salesRow, salesMessage, sentence);
    }

    /** Shows {@code preview}; {@code fileDialogs} asks where to save the chart as PNG. Call once. */
    public void bind(PreviewModel preview, Dialogs fileDialogs) {
        this.model = preview;
        this.dialogs = fileDialogs;
        salesField.textProperty().bindBidirectional(preview.salesProperty());
        sentence.textProperty().bind(preview.sentenceProperty());
        salesMessage.textProperty().bind(preview.salesProblemProperty());
        salesMessage.visibleProperty().bind(preview.salesProblemProperty().isNotEmpty());
        preview.chartProperty().addListener((obs, old, next) -> show(next));
        show(preview.chartProperty().get());
        installHover();
        installExport();
    }

    private void show(Chart c) {
        Currency currency = model.currency();
        boolean units = model.isUnits();
        String code = currency == null ? "" : " (" + currency.getCurrencyCode() + ")";
        xAxis.setLabel(units ? "Units sold in a contract year" : "Licensee's net sales in a contract year" + code);
        yAxis.setLabel("Royalty" + code);
        salesUnit.setText(units ? "units" : currency == null ? "" : currency.getCurrencyCode());
        salesLabel.setText(units ? "Units sold in a contract year" : "Sales in a contract year");
        chart.setTitle("Royalty for one contract year");
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        if (!c.payable().isEmpty()) {
            series.add(series(c.dueBeforeAdvance().isEmpty() ? "Royalty payable" : "Payable after recouping the "
                    + "advance", c.payable()));
        }
        if (!c.dueBeforeAdvance().isEmpty()) {
            series.add(series("Royalty before recouping the advance", c.dueBeforeAdvance()));
        }
        chart.getData().setAll(series);
        // one line needs no legend: the title and the axis say what it is
        chart.setLegendVisible(series.size() > 1);
        xAxis.setAutoRanging(false);
        xAxis.setLowerBound(0);
        xAxis.setUpperBound(c.upper().doubleValue());
        xAxis.setTickUnit(c.upper().doubleValue() / 5);
        List<MarkedLineChart.Marker> markers = new ArrayList<>();
        for (Tier t : c.thresholds()) {
            markers.add(new MarkedLineChart.Marker(t.from().doubleValue(), rateLabel(t), "threshold-marker", false));
        }
        if (c.chosen() != null && !c.payable().isEmpty()) {
            markers.add(new MarkedLineChart.Marker(c.chosen().doubleValue(), (units ? "units: " : "sales: ") + compact().toString(c.chosen()),
                    "chosen-marker", true));
        }
        chart.setMarkers(markers);
    }

    private String rateLabel(Tier t) {
        String rate = model.isUnits() ? t.rate().stripTrailingZeros().toPlainString() + " / unit"
                : Formats.percent(t.rate());
        return rate + " from " + compact().toString(t.from());
    }

    private static XYChart.Series<Number, Number> series(String name, List<Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (Point p : points) {
            s.getData().add(new XYChart.Data<>(p.sales().doubleValue(), p.royalty().doubleValue()));
        }
        return s;
    }

    /** 250k, 1.5M: tick labels that fit a narrow pane. */
    static StringConverter<Number> compact() {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
                f.setMaximumFractionDigits(2);
                if (Math.abs(v) >= 1_000_000) {
                    return f.format(v / 1_000_000) + "M";
                }
                if (Math.abs(v) >= 1_000) {
                    return f.format(v / 1_000) + "k";
                }
                return f.format(v);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }

    /** Hovering the plot shows the engine's exact royalty at the sales under the mouse (rounded to 3 digits). */
    private void installHover() {
        hover.setShowDelay(Duration.millis(150));
        Node plot = chart.lookup(".chart-plot-background");
        Node target = plot != null ? plot : chart;
        Tooltip.install(target, hover);
        target.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            double x = xAxis.getValueForDisplay(xAxis.sceneToLocal(e.getSceneX(), e.getSceneY()).getX())
                    .doubleValue();
            hover.setText(hoverText(x));
        });
    }

    private String hoverText(double x) {
        if (model.currency() == null || x < 0) {
            return "";
        }
        BigDecimal sales = new BigDecimal(x).round(new MathContext(3, RoundingMode.HALF_EVEN));
        Currency c = model.currency();
        String at = model.isUnits() ? NumberFormat.getNumberInstance().format(sales) + " units"
                : Formats.money(Money.of(sales, c)) + " of sales";
        return model.payableAt(sales).map(r -> "At " + at + ": " + Formats.money(Money.of(r, c)) + " royalty")
                .orElse("");
    }

    private void installExport() {
        MenuItem save = new MenuItem("Save chart as PNG...");
        save.setOnAction(e -> dialogs.chooseFileToSave("Save chart as PNG", "PNG image", "png",
                "royalty-preview.png").ifPresent(this::savePng));
        ContextMenu menu = new ContextMenu(save);
        chart.setOnContextMenuRequested(e -> menu.show(chart, e.getScreenX(), e.getScreenY()));
    }

    private void savePng(Path file) {
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(chart.snapshot(null, null), null), "png", file.toFile());
        } catch (IOException e) {
            dialogs.showError("Chart not saved", "The chart could not be saved to " + file + ".",
                    e.getMessage() + ". Choose another folder or file name.");
        }
    }

    /** The sentence under the chart, for tests. */
    public Label sentenceLabel() {
        return sentence;
    }

    MarkedLineChart chart() {
        return chart;
    }
}
