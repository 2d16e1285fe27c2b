package io.licensor.ui.dashboard;

import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.ui.assetdashboard.AssetDashboardController;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Formats;
import io.licensor.ui.common.Navigator;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Binds the Dashboard section's frame (DashboardView.fxml): the as-of date, the NPV discount rate, the way back from
 * an asset's dashboard, the busy mark, and which dashboard is shown.
 */
public final class DashboardController {
    @FXML private BorderPane root;
    @FXML private Button backButton;
    @FXML private Label heading;
    @FXML private ProgressIndicator busy;
    @FXML private DatePicker asOfPicker;
    @FXML private Button todayButton;
    @FXML private TextField rateField;
    @FXML private Label inputMessage;
    @FXML private HBox portfolio;
    @FXML private PortfolioDashboardController portfolioController;
    @FXML private javafx.scene.control.ScrollPane asset;
    @FXML private AssetDashboardController assetController;

    private DashboardsModel model;

    void bind(DashboardsModel dashboards, Dialogs dialogs, Navigator navigator) {
        this.model = dashboards;
        portfolioController.bind(model.portfolio(), dialogs, navigator, model::showAsset);
        assetController.bind(model.asset(), dialogs, navigator);
        portfolio.visibleProperty().bind(model.shownAssetProperty().isNull());
        asset.visibleProperty().bind(model.shownAssetProperty().isNotNull());
        backButton.setGraphic(new FontIcon(Feather.ARROW_LEFT));
        backButton.setTooltip(new Tooltip("Back to the portfolio dashboard"));
        backButton.visibleProperty().bind(model.shownAssetProperty().isNotNull());
        backButton.managedProperty().bind(backButton.visibleProperty());
        backButton.setOnAction(e -> model.showPortfolio());
        heading.textProperty().bind(Bindings.createStringBinding(this::headingText, model.shownAssetProperty(),
                model.asset().dashboardProperty()));
        busy.visibleProperty().bind(model.loadingProperty());
        busy.setTooltip(new Tooltip("Computing the figures..."));
        bindAsOf();
        bindRate();
    }

    private String headingText() {
        String id = model.shownAssetProperty().get();
        if (id == null) {
            return "Portfolio dashboard";
        }
        AssetDashboard d = model.asset().dashboardProperty().get();
        return d != null && d.asset().id().equals(id) ? id + " \u00b7 " + d.asset().title() : id;
    }

    private void bindAsOf() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        asOfPicker.setPromptText("YYYY-MM-DD");
        asOfPicker.setTooltip(new Tooltip("The date the figures are computed for: the last twelve months end on it."
                + " Type a date (2026-11-27) or pick one."));
        asOfPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    LocalDate date = Formats.parseDate(text, locale);
                    showInputMessage(date == null ? "Type a date such as " + model.inputs().today() : "");
                    return date == null ? asOfPicker.getValue() : date;
                } catch (DateTimeParseException e) {
                    showInputMessage("\"" + text.trim() + "\" is not a date: type it as YYYY-MM-DD, e.g. "
                            + model.inputs().today() + ".");
                    return asOfPicker.getValue();
                }
            }
        });
        asOfPicker.setValue(model.inputs().asOfProperty().get());
        asOfPicker.valueProperty().addListener((obs, old, date) -> {
            if (date != null && !date.equals(model.inputs().asOfProperty().get())) {
                model.inputs().asOfProperty().set(date);
            }
        });
        model.inputs().asOfProperty().addListener((obs, old, date) -> asOfPicker.setValue(date));
        todayButton.setTooltip(new Tooltip("Show the figures as of today"));
        todayButton.setOnAction(e -> model.today());
    }

    private void bindRate() {
        rateField.setTooltip(new Tooltip("The yearly rate the NPV figures discount future money by. Type it as a"
                + " percentage and press Enter."));
        Runnable showRate = () -> rateField.setText(Formats.percentInput(model.inputs().discountRateProperty().get())
                + " %");
        showRate.run();
        model.inputs().discountRateProperty().addListener((obs, old, rate) -> showRate.run());
        Runnable commit = () -> {
            String problem = model.applyDiscountRate(rateField.getText());
            showInputMessage(problem);
            if (problem.isEmpty()) {
                showRate.run();
            }
        };
        rateField.setOnAction(e -> commit.run());
        rateField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }

    private void showInputMessage(String message) {
        inputMessage.setText(message);
        inputMessage.setVisible(!message.isEmpty());
        inputMessage.setManaged(!message.isEmpty());
    }

    public PortfolioDashboardController portfolio() {
        return portfolioController;
    }

    public AssetDashboardController asset() {
        return assetController;
    }

    BorderPane root() {
        return root;
    }
}
