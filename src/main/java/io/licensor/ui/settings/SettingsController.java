package io.licensor.ui.settings;

import atlantafx.base.theme.Styles;
import io.licensor.model.FxRate;
import io.licensor.ui.assets.DateFields;
import io.licensor.ui.assets.FieldFeedback;
import io.licensor.ui.assets.FormIssue;
import io.licensor.ui.common.Columns;
import io.licensor.ui.licenses.terms.Choices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the settings view (SettingsView.fxml) to {@link SettingsModel} and {@link FxRatesModel}. */
public final class SettingsController {
    @FXML private ScrollPane root;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private SearchableComboBox<String> countryBox;
    @FXML private Label countryMessage;
    @FXML private SearchableComboBox<Currency> currencyBox;
    @FXML private Label currencyMessage;
    @FXML private Button saveButton;
    @FXML private Button cancelButton;
    @FXML private Label settingsState;
    @FXML private Label ratesHint;
    @FXML private TableView<FxRate> ratesTable;
    @FXML private Label ratesCount;
    @FXML private Label rateHeading;
    @FXML private SearchableComboBox<Currency> rateCurrencyBox;
    @FXML private DatePicker rateDatePicker;
    @FXML private Label rateLabel;
    @FXML private TextField rateField;
    @FXML private Label rateReading;
    @FXML private Label rateMessage;
    @FXML private Button newRateButton;
    @FXML private Button deleteRateButton;
    @FXML private Button saveRateButton;
    @FXML private VBox coverageBox;

    private final FieldFeedback settingsFeedback = new FieldFeedback();
    private final FieldFeedback rateFeedback = new FieldFeedback();
    private SettingsModel settings;
    private FxRatesModel rates;
    private boolean syncing;

    void bind(SettingsModel settingsModel, FxRatesModel ratesModel) {
        this.settings = settingsModel;
        this.rates = ratesModel;
        bindSettings();
        bindRates();
        root.sceneProperty().addListener((obs, old, scene) -> {
            settingsFeedback.refresh();
            rateFeedback.refresh();
        });
    }

    private void bindSettings() {
        nameField.textProperty().bindBidirectional(settings.nameProperty());
        List<String> countries = new ArrayList<>();
        countries.add(null);
        countries.addAll(Choices.countries());
        countryBox.getItems().setAll(countries);
        Choices.show(countryBox, c -> Choices.describeCountry(c, "No home country"));
        countryBox.valueProperty().bindBidirectional(settings.homeCountryProperty());
        currencyBox.getItems().setAll(Choices.currencies());
        Choices.show(currencyBox, Choices::describe);
        currencyBox.valueProperty().bindBidirectional(settings.reportingCurrencyProperty());
        settingsFeedback.control("name", nameField);
        settingsFeedback.control("homeCountry", countryBox);
        settingsFeedback.control("reportingCurrency", currencyBox);
        settingsFeedback.messages(nameMessage, f -> f.equals("name"));
        settingsFeedback.messages(countryMessage, f -> f.equals("homeCountry"));
        settingsFeedback.messages(currencyMessage, f -> f.equals("reportingCurrency"));
        settings.issues().addListener((ListChangeListener<FormIssue>) c -> settingsFeedback.show(settings.issues()));
        settingsFeedback.show(settings.issues());
        saveButton.disableProperty().bind(settings.validProperty().not().or(settings.dirtyProperty().not()));
        cancelButton.disableProperty().bind(settings.dirtyProperty().not());
        settingsState.textProperty().bind(Bindings.when(settings.dirtyProperty()).then("unsaved changes")
                .otherwise(""));
        nameField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                settings.save();
            }
        });
    }

    private void bindRates() {
        ratesTable.getColumns().setAll(columns());
        ratesTable.getStyleClass().add(Styles.DENSE);
        ratesTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ratesTable.setItems(rates.rates());
        Label empty = new Label("No exchange rates yet. Add one on the right for each currency your licenses are "
                + "paid in.");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        ratesTable.setPlaceholder(empty);
        ratesCount.textProperty().bind(Bindings.createStringBinding(() -> rates.rates().size() == 1 ? "1 rate"
                : rates.rates().size() + " rates", rates.rates()));
        ratesTable.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (!syncing && picked != null) {
                rates.select(picked);
            }
        });
        rates.selectedProperty().addListener((obs, old, now) -> selectInTable(now));
        ratesTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && rates.selectedProperty().get() != null) {
                rates.delete();
                e.consume();
            }
        });
        bindRateEditor();
        rates.coverage().addListener((ListChangeListener<String>) c -> showCoverage());
        showCoverage();
    }

    private List<TableColumn<FxRate, ?>> columns() {
        TableColumn<FxRate, String> currency = Columns.text("Currency", r -> r.currency().getCurrencyCode(),
                Function.identity(), Comparator.naturalOrder());
        currency.setPrefWidth(90);
        TableColumn<FxRate, ?> date = Columns.date("From date", FxRate::date);
        date.setPrefWidth(110);
        TableColumn<FxRate, BigDecimal> rate = Columns.text("Rate", FxRate::rate, BigDecimal::toPlainString,
                Comparator.naturalOrder());
        rate.setPrefWidth(110);
        rate.getStyleClass().add("money");
        rate.setCellFactory(c -> rightAligned());
        TableColumn<FxRate, String> reading = Columns.string("Means", rates::reading);
        reading.setPrefWidth(200);
        return List.of(currency, date, rate, reading);
    }

    private static TableCell<FxRate, BigDecimal> rightAligned() {
        TableCell<FxRate, BigDecimal> cell = new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.toPlainString());
            }
        };
        cell.setAlignment(Pos.CENTER_RIGHT);
        cell.getStyleClass().add("money");
        return cell;
    }

    private void bindRateEditor() {
        rateCurrencyBox.getItems().setAll(Choices.currencies());
        Choices.show(rateCurrencyBox, Choices::describe);
        rateCurrencyBox.valueProperty().bindBidirectional(rates.currencyProperty());
        DateFields.bind(rateDatePicker, rates.date());
        rateField.textProperty().bindBidirectional(rates.rateProperty());
        rateFeedback.control("currency", rateCurrencyBox);
        rateFeedback.control("date", rateDatePicker);
        rateFeedback.control("rate", rateField);
        rateFeedback.messages(rateMessage, f -> true);
        rates.issues().addListener((ListChangeListener<FormIssue>) c -> rateFeedback.show(rates.issues()));
        rateFeedback.show(rates.issues());
        rateHeading.textProperty().bind(Bindings.createStringBinding(() -> rates.selectedProperty().get() == null
                ? "New rate" : "Change the " + rates.selectedProperty().get().currency().getCurrencyCode()
                        + " rate of " + rates.selectedProperty().get().date(), rates.selectedProperty()));
        saveRateButton.textProperty().bind(Bindings.when(rates.selectedProperty().isNull()).then("Add rate")
                .otherwise("Save rate"));
        saveRateButton.disableProperty().bind(rates.validProperty().not());
        deleteRateButton.disableProperty().bind(rates.selectedProperty().isNull());
        deleteRateButton.setGraphic(new FontIcon(Feather.TRASH));
        deleteRateButton.setTooltip(new Tooltip("Delete the selected rate (Delete); Ctrl+Z brings it back"));
        newRateButton.setGraphic(new FontIcon(Feather.PLUS));
        newRateButton.setTooltip(new Tooltip("Add an exchange rate (Ctrl+N)"));
        rateReading.textProperty().bind(Bindings.createStringBinding(this::reading, rates.currencyProperty(),
                rates.rateProperty()));
        rateField.setOnAction(e -> rates.save());
        showRatesHint();
    }

    private String reading() {
        Currency c = rates.currencyProperty().get();
        String code = c == null ? "one unit" : "1 " + c.getCurrencyCode();
        return code + " is worth this many " + rates.reportingCurrency().getCurrencyCode() + ".";
    }

    /** Says what the numbers are in: the stored reporting currency. */
    void showRatesHint() {
        String code = rates.reportingCurrency().getCurrencyCode();
        ratesHint.setText("Each rate is the number of " + code + " one unit of another currency is worth, from its "
                + "date until the next rate of that currency. Amounts are converted at the rate in force on their "
                + "date.");
        rateLabel.setText("Rate (" + code + ") *");
    }

    private void showCoverage() {
        coverageBox.getChildren().clear();
        for (String line : rates.coverage()) {
            boolean missing = line.contains("no rate yet");
            Label label = new Label(line, new FontIcon(missing ? Feather.ALERT_TRIANGLE : Feather.CHECK));
            label.setWrapText(true);
            label.getStyleClass().add("coverage-line");
            if (missing) {
                label.getStyleClass().add("missing");
            }
            coverageBox.getChildren().add(label);
        }
        if (rates.coverage().isEmpty()) {
            coverageBox.getChildren().add(new Label("All licenses are in " + rates.reportingCurrency()
                    .getCurrencyCode() + ": no rates needed."));
        }
    }

    private void selectInTable(FxRate rate) {
        syncing = true;
        try {
            if (rate == null) {
                ratesTable.getSelectionModel().clearSelection();
            } else {
                ratesTable.getSelectionModel().select(rate);
                ratesTable.scrollTo(rate);
            }
        } finally {
            syncing = false;
        }
    }

    /** Save button and Ctrl+S: the settings when they were changed, else the rate being edited. */
    @FXML
    void save() {
        if (settings.isDirty()) {
            settings.save();
        } else {
            rates.save();
        }
    }

    @FXML
    private void cancel() {
        settings.cancel();
    }

    @FXML
    void newRate() {
        rates.startNew();
        rateCurrencyBox.requestFocus();
    }

    @FXML
    private void deleteRate() {
        rates.delete();
    }

    @FXML
    void saveRate() {
        rates.save();
    }
}
