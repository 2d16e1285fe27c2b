package io.licensor.ui.assetdashboard;

import io.licensor.model.Asset;
import io.licensor.service.dashboard.AssetDashboard;
import io.licensor.service.dashboard.AssetDashboard.AssetLicense;
import io.licensor.service.dashboard.FlagItem;
import io.licensor.ui.assets.Names;
import io.licensor.ui.common.Destination;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Navigator;
import io.licensor.ui.common.TableCsvExport;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds an asset's dashboard (AssetDashboard.fxml) to {@link AssetDashboardModel}. */
public final class AssetDashboardController {
    private static final int TILE_COLUMNS = 3;

    @FXML private javafx.scene.control.ScrollPane root;
    @FXML private Label failureLabel;
    @FXML private Label typeLabel;
    @FXML private Label factsLabel;
    @FXML private Hyperlink registerLink;
    @FXML private GridPane kpiGrid;
    @FXML private StackPane incomeBox;
    @FXML private StackPane yieldBox;
    @FXML private StackPane licensesBox;
    @FXML private VBox warningsBox;
    @FXML private StackPane reliefBox;
    @FXML private Label flagsTitle;
    @FXML private VBox flagsList;

    private final List<KpiTile> tiles = new ArrayList<>();
    private AssetDashboardModel model;
    private Dialogs dialogs;
    private FlagCards flagCards;
    private TableView<AssetLicense> licenses;
    private ReliefCalculatorPane relief;

    /** Wires the view; call once. */
    public void bind(AssetDashboardModel assetModel, Dialogs dialogs, Navigator navigator) {
        this.model = assetModel;
        this.dialogs = dialogs;
        this.flagCards = new FlagCards(navigator, null);
        Links links = new Links(navigator);
        for (int c = 0; c < TILE_COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / TILE_COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            kpiGrid.getColumnConstraints().add(column);
        }
        licenses = AssetLicensesTable.create(links, () -> model.assetIdProperty().get(),
                () -> model.inputs().asOfProperty().get());
        licensesBox.getChildren().setAll(licenses);
        TableCsvExport.install(licenses, dialogs, () -> "asset-" + model.assetIdProperty().get() + "-licenses");
        relief = new ReliefCalculatorPane(model.relief());
        reliefBox.getChildren().setAll(relief);
        registerLink.setOnAction(e -> navigator.go(Destination.asset(model.assetIdProperty().get())));
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        model.dashboardProperty().addListener((obs, old, dashboard) -> show(old, dashboard));
    }

    private void show(AssetDashboard old, AssetDashboard d) {
        if (d == null) {
            return;
        }
        Asset asset = d.asset();
        typeLabel.setText(Names.of(asset.type()));
        factsLabel.setText(facts(asset));
        showTiles(model.kpis());
        incomeBox.getChildren().setAll(AssetCharts.incomeByLicense(d, dialogs));
        yieldBox.getChildren().setAll(AssetCharts.yieldTrend(d, dialogs));
        licenses.getItems().setAll(d.licenses());
        if (old == null || !old.asset().id().equals(asset.id())) {
            relief.fitTo(d.relief().revenue());
        }
        List<FlagItem> flags = d.flags();
        flagsTitle.setText(flags.isEmpty() ? "Risk flags" : "Risk flags (" + flags.size() + ")");
        if (flags.isEmpty()) {
            Label none = new Label("No risk flags for " + asset.id() + " or its licenses on this date.");
            none.setWrapText(true);
            none.getStyleClass().add("muted");
            flagsList.getChildren().setAll(none);
        } else {
            flagsList.getChildren().setAll(flags.stream().map(flagCards::card).toList());
        }
        showWarnings(d.warnings());
    }

    private static String facts(Asset asset) {
        List<String> parts = new ArrayList<>();
        if (!asset.owners().isEmpty()) {
            parts.add("Owned by " + String.join(", ", asset.owners().stream().map(o -> o.name()).toList()));
        }
        if (!asset.jurisdictions().isEmpty()) {
            parts.add(String.join(", ", asset.jurisdictions()));
        }
        if (asset.expiresOn() != null) {
            parts.add("expires " + asset.expiresOn());
        }
        return String.join(" \u00b7 ", parts);
    }

    private void showTiles(List<Kpi> kpis) {
        while (tiles.size() < kpis.size()) {
            KpiTile tile = new KpiTile();
            kpiGrid.add(tile, tiles.size() % TILE_COLUMNS, tiles.size() / TILE_COLUMNS);
            tiles.add(tile);
        }
        for (int i = 0; i < kpis.size(); i++) {
            tiles.get(i).show(kpis.get(i));
        }
    }

    private void showWarnings(List<String> warnings) {
        warningsBox.getChildren().setAll(WarningsPane.of(warnings).stream().toList());
    }

    public List<KpiTile> tiles() {
        return List.copyOf(tiles);
    }

    public ReliefCalculatorPane relief() {
        return relief;
    }

    public TableView<AssetLicense> licenses() {
        return licenses;
    }

    public VBox flagsList() {
        return flagsList;
    }
}
