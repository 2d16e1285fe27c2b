package io.licensor.ui.assetdashboard;

import io.licensor.analytics.pricing.ReliefFromRoyalty;
import io.licensor.model.Money;
import io.licensor.ui.charts.ChartTooltips;
import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The relief-from-royalty calculator's controls and result, bound to a {@link ReliefCalculatorModel}. */
public final class ReliefCalculatorPane extends VBox {
    private final ReliefCalculatorModel model;
    private final GridPane grid = new GridPane();
    private final Label value = new Label();
    private final Label breakdown = new Label();
    private final Label problem = new Label();
    private final Button save = new Button("Save as valuation...", new FontIcon(Feather.SAVE));
    private final SliderField revenue;
    private Label revenueLabel;
    private int row;

    public ReliefCalculatorPane(ReliefCalculatorModel model) {
        super(8);
        this.model = model;
        getStyleClass().addAll("dashboard-card", "relief-card");
        Label title = new Label("Value by relief from royalty");
        title.getStyleClass().add("card-title");
        Label about = new Label("What owning the asset saves you: the royalty you would otherwise pay on its revenue,"
                + " after tax, discounted to today.");
        about.setWrapText(true);
        about.getStyleClass().add("muted");
        Tooltip.install(about, ChartTooltips.tooltip("Year k saves revenue \u00d7 royalty rate \u00d7 (1 \u2212 tax"
                + " rate), discounted by (1 + discount rate)^k. With a value after the last year, the last year's"
                + " saving continues forever, growing at the terminal growth (Gordon growth: saving \u00d7 (1 + g) /"
                + " (d \u2212 g), discounted like the last year); the growth must stay below the discount rate."));
        ColumnConstraints sliders = new ColumnConstraints();
        sliders.setHgrow(Priority.ALWAYS);
        sliders.setMinWidth(80);
        ColumnConstraints fields = new ColumnConstraints(110);
        grid.getColumnConstraints().setAll(sliders, fields);
        grid.setHgap(8);
        grid.setVgap(4);
        revenue = add("Revenue a year (" + model.currency().getCurrencyCode() + ")", model.revenueProperty(),
                SliderField.Kind.AMOUNT, 0, 1_000_000, "revenue");
        add("Royalty rate", model.royaltyRateProperty(), SliderField.Kind.PERCENT, 0, 50, "royalty-rate");
        add("Tax rate", model.taxRateProperty(), SliderField.Kind.PERCENT, 0, 60, "tax-rate");
        add("Years", model.yearsProperty(), SliderField.Kind.WHOLE, 1, 30, "years");
        add("Discount rate", model.discountRateProperty(), SliderField.Kind.PERCENT, 0, 40, "discount-rate");
        CheckBox terminal = new CheckBox("Add a value after the last year");
        terminal.setId("relief-terminal");
        terminal.selectedProperty().bindBidirectional(model.withTerminalValueProperty());
        grid.add(terminal, 0, row++, 2, 1);
        SliderField growth = add("Growth a year after the last year (terminal growth)", model.terminalGrowthProperty(), SliderField.Kind.PERCENT, -5, 10,
                "terminal-growth");
        growth.slider().disableProperty().bind(terminal.selectedProperty().not());
        growth.field().disableProperty().bind(terminal.selectedProperty().not());
        value.getStyleClass().add("relief-value");
        value.setId("relief-value");
        breakdown.setWrapText(true);
        breakdown.getStyleClass().add("muted");
        problem.setWrapText(true);
        problem.getStyleClass().add("field-message");
        problem.setId("relief-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        save.setId("relief-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.resultProperty().isNull());
        save.setOnAction(e -> model.save());
        save.setTooltip(new Tooltip("Store this value as the asset's valuation as of today (asks first; Ctrl+Z"
                + " takes it back)"));
        Label valueTitle = new Label("Value today");
        valueTitle.getStyleClass().add("grid-header");
        getChildren().addAll(title, about, grid, valueTitle, value, breakdown, problem, save);
        model.resultProperty().addListener((obs, old, result) -> showResult(result));
        showResult(model.resultProperty().get());
        value.textProperty().addListener((obs, old, text) -> value.setAccessibleText("Value today " + text));
    }

    private SliderField add(String name, javafx.beans.property.ObjectProperty<BigDecimal> property,
            SliderField.Kind kind, double min, double max, String id) {
        SliderField field = new SliderField(property, kind, min, max);
        field.slider().setId("relief-" + id + "-slider");
        field.field().setId("relief-" + id);
        Label label = new Label(name);
        if (revenueLabel == null) {
            revenueLabel = label;
        }
        label.setLabelFor(field.field());
        // wraps rather than runs past the panel's edge: a long name with a wide desktop font did
        label.setWrapText(true);
        label.getStyleClass().add("slider-label");
        grid.add(label, 0, row++, 2, 1);
        grid.add(field.slider(), 0, row);
        grid.add(field.field(), 1, row++);
        grid.add(field.message(), 0, row++, 2, 1);
        return field;
    }

    /**
     * Fits the calculator to a newly shown asset: the revenue label names the currency, and the revenue slider's
     * range puts the asset's own revenue in its first quarter.
     */
    public void fitTo(BigDecimal start) {
        revenueLabel.setText("Revenue a year (" + model.currency().getCurrencyCode() + ")");
        double top = Math.max(100_000, start.doubleValue() * 4);
        double magnitude = Math.pow(10, Math.floor(Math.log10(top)));
        double nice = Math.ceil(top / magnitude) * magnitude;
        revenue.slider().setMax(nice);
        BigDecimal now = model.revenueProperty().get();
        if (now != null) {
            revenue.slider().setValue(now.doubleValue());
        }
    }

    private void showResult(ReliefFromRoyalty.Result result) {
        if (result == null) {
            value.setText(Kpi.NONE);
            breakdown.setText("");
            return;
        }
        value.setText(Formats.money(new Money(result.value(), model.currency())));
        BigDecimal years = result.years().stream().map(ReliefFromRoyalty.Year::presentValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int n = result.years().size();
        String text = (n == 1 ? "Year 1: " : "Years 1 to " + n + ": ") + Formats.money(new Money(years,
                model.currency()));
        if (result.terminalValue().signum() != 0) {
            text += "; after year " + n + ": " + Formats.money(new Money(result.terminalPresentValue(),
                    model.currency())) + " today (" + Formats.money(new Money(result.terminalValue(),
                    model.currency())) + " then)";
        }
        breakdown.setText(text + ". Rounded per year; the value adds the exact amounts.");
    }
}
