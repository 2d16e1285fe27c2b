package io.licensor.ui.scenarios;

import io.licensor.model.License;
import io.licensor.model.Scenario;
import io.licensor.ui.charts.ChartExport;
import io.licensor.ui.charts.ChartLegend;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.TableCsvExport;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Wires the studio's view to its presentation model and commands: the toolbar, the revenue and structure editors
 * (rebuilt when a scenario is loaded or a structure added or removed) and the figures (charts, totals, break-evens),
 * redrawn whenever the model publishes new ones.
 */
public final class ScenariosController {
    @FXML private BorderPane root;
    @FXML private ComboBox<Scenario> openBox;
    @FXML private TextField nameField;
    @FXML private Label unsavedMark;
    @FXML private Button saveButton;
    @FXML private Button deleteButton;
    @FXML private ProgressIndicator busy;
    @FXML private MenuButton fromLicense;
    @FXML private SplitPane split;
    @FXML private VBox revenueBox;
    @FXML private Button addStructureButton;
    @FXML private TabPane structureTabs;
    @FXML private Label problemsLabel;
    @FXML private VBox mainChartBox;
    @FXML private HBox smallCharts;
    @FXML private VBox totalsBox;
    @FXML private Label breakEvenLabel;

    private final RevenueChart revenueChart = new RevenueChart();
    private final YearCharts yearCharts = new YearCharts();
    private final TotalsTable totals = new TotalsTable();
    private final ChartLegend legend = new ChartLegend();
    private ScenarioStudioModel model;
    private ScenarioCommands commands;
    private StructureTabs tabs;
    private boolean choosing;
    private List<String> legendLabels = List.of();

    @FXML
    private void initialize() {
        root.getStylesheets().add(ScenariosController.class.getResource("scenarios.css").toExternalForm());
        mainChartBox.getChildren().addAll(revenueChart.node(), legend);
        VBox.setVgrow(revenueChart.node(), Priority.ALWAYS);
        smallCharts.getChildren().addAll(yearCharts.cumulativeNode(), yearCharts.npvNode());
        HBox.setHgrow(yearCharts.cumulativeNode(), Priority.ALWAYS);
        HBox.setHgrow(yearCharts.npvNode(), Priority.ALWAYS);
        totalsBox.getChildren().add(totals.node());
        problemsLabel.managedProperty().bind(problemsLabel.visibleProperty());
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
    }

    void bind(ScenarioStudioModel model, ScenarioCommands commands, Dialogs dialogs) {
        this.model = model;
        this.commands = commands;
        this.tabs = new StructureTabs(structureTabs, model, commands);
        ChartExport.install(revenueChart.node(), () -> "royalty-by-revenue", dialogs);
        ChartExport.install(yearCharts.cumulativeNode(), () -> "cumulative-income", dialogs);
        ChartExport.install(yearCharts.npvNode(), () -> "npv-by-structure", dialogs);
        TableCsvExport.install(totals.node(), dialogs, () -> "scenario-totals");
        nameField.textProperty().bindBidirectional(model.nameProperty());
        unsavedMark.visibleProperty().bind(model.dirtyProperty());
        busy.visibleProperty().bind(model.busyProperty());
        problemsLabel.textProperty().bind(model.problemsProperty());
        problemsLabel.visibleProperty().bind(model.problemsProperty().isNotEmpty());
        addStructureButton.disableProperty().bind(javafx.beans.binding.Bindings.size(model.structures())
                .greaterThanOrEqualTo(Scenario.MAX_STRUCTURES));
        bindOpenBox();
        model.loadsProperty().addListener(o -> rebuild());
        model.structures().addListener((ListChangeListener<StructureDraft>) c -> tabs.rebuild());
        // an invalidation listener: a change listener would compare old and new figures (every curve point) first
        model.figuresProperty().addListener(o -> show(model.figuresProperty().get()));
        rebuild();
        if (model.figuresProperty().get() != null) {
            show(model.figuresProperty().get());
        }
    }

    private void bindOpenBox() {
        openBox.setItems(commands.saved());
        openBox.setCellFactory(l -> new ScenarioCell());
        openBox.setButtonCell(new ScenarioCell());
        openBox.valueProperty().addListener((obs, old, chosen) -> {
            if (!choosing && chosen != null) {
                commands.open(chosen.id());
                selectShown();
            }
        });
        model.scenarioIdProperty().addListener(o -> selectShown());
        commands.saved().addListener((ListChangeListener<Scenario>) c -> selectShown());
    }

    /** The combo shows the scenario on screen (or nothing when it was never saved). */
    private void selectShown() {
        String id = model.scenarioIdProperty().get();
        choosing = true;
        try {
            openBox.setValue(commands.saved().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null));
        } finally {
            choosing = false;
        }
        deleteButton.setText(id == null ? "Discard" : "Delete");
    }

    private void rebuild() {
        revenueBox.getChildren().setAll(RevenueEditor.build(model.revenue(), model.currency().getCurrencyCode(),
                model.basis() == io.licensor.model.RoyaltyBasis.UNITS));
        tabs.rebuild();
        selectShown();
    }

    private void show(StudioFigures f) {
        if (f == null) {
            return;
        }
        revenueChart.show(f);
        yearCharts.show(f, model.revenue().discount().value());
        totals.show(f, model.locale());
        List<ChartLegend.Entry> entries = new ArrayList<>();
        for (int i = 0; i < f.labels().size(); i++) {
            entries.add(ChartLegend.Entry.line(f.labels().get(i), i));
        }
        if (!f.labels().equals(legendLabels)) {
            legend.setEntries(entries); // rebuilt only when a name changes, not on every slider step
            legendLabels = f.labels();
        }
        List<String> sentences = new ArrayList<>();
        f.breakEvens().forEach(b -> sentences.add(b.sentence()));
        sentences.addAll(f.neverMeeting());
        breakEvenLabel.setText("First-year income compared: " + String.join(". ", sentences) + ".");
    }

    /** Offers every license; the studio then compares its terms with an alternative. */
    void refreshLicenses(List<License> licenses) {
        List<MenuItem> items = new ArrayList<>();
        for (License l : licenses) {
            MenuItem item = new MenuItem(l.id() + "  " + l.licensee() + "  (" + l.terms().currency().getCurrencyCode()
                    + ")");
            item.setOnAction(e -> commands.startFromLicense(l.id()));
            items.add(item);
        }
        fromLicense.getItems().setAll(items);
        fromLicense.setDisable(items.isEmpty());
        tabs.refreshLicenses();
    }

    @FXML
    void save() {
        commands.save();
    }

    @FXML
    void saveAsNew() {
        commands.saveAsNew();
    }

    @FXML
    void delete() {
        commands.delete();
    }

    @FXML
    void newScenario() {
        commands.newScenario();
    }

    @FXML
    void addStructure() {
        model.addStructure();
    }

    RevenueChart revenueChart() {
        return revenueChart;
    }

    TotalsTable totals() {
        return totals;
    }

    TabPane structureTabs() {
        return structureTabs;
    }

    /** Shows a saved scenario's name in the combo. */
    private static final class ScenarioCell extends ListCell<Scenario> {
        @Override
        protected void updateItem(Scenario s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
        }
    }
}
