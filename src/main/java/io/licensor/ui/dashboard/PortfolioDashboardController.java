package io.licensor.ui.dashboard;

import io.licensor.service.dashboard.FlagItem;
import io.licensor.service.dashboard.PortfolioDashboard;
import io.licensor.ui.assetdashboard.FlagCards;
import io.licensor.ui.assetdashboard.Kpi;
import io.licensor.ui.assetdashboard.KpiTile;
import io.licensor.ui.assetdashboard.Links;
import io.licensor.ui.assetdashboard.WarningsPane;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.Navigator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the portfolio dashboard (PortfolioDashboard.fxml) to {@link DashboardModel}: tiles, charts, lists. */
public final class PortfolioDashboardController {
    private static final int TILE_COLUMNS = 4;
    /** The list's padding and scroll bar beside a flag card. */
    private static final double CARD_INSET = 22;

    @FXML private HBox root;
    @FXML private ScrollPane mainScroll;
    @FXML private Label failureLabel;
    @FXML private GridPane kpiGrid;
    @FXML private StackPane incomeBox;
    @FXML private StackPane topAssetsBox;
    @FXML private StackPane countriesBox;
    @FXML private StackPane endingBox;
    @FXML private StackPane maturityBox;
    @FXML private VBox warningsBox;
    @FXML private Label flagsTitle;
    @FXML private ListView<FlagItem> flagsList;

    private final List<KpiTile> tiles = new ArrayList<>();
    private Dialogs dialogs;
    private Links links;
    private FlagCards flagCards;
    private Consumer<String> openAssetDashboard;

    void bind(DashboardModel model, Dialogs dialogs, Navigator navigator, Consumer<String> openAssetDashboard) {
        this.dialogs = dialogs;
        this.links = new Links(navigator);
        this.flagCards = new FlagCards(navigator, openAssetDashboard);
        this.openAssetDashboard = openAssetDashboard;
        for (int c = 0; c < TILE_COLUMNS; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / TILE_COLUMNS);
            column.setHgrow(Priority.ALWAYS);
            kpiGrid.getColumnConstraints().add(column);
        }
        failureLabel.textProperty().bind(model.failureProperty());
        failureLabel.visibleProperty().bind(model.failureProperty().isNotEmpty());
        failureLabel.managedProperty().bind(failureLabel.visibleProperty());
        flagsList.setCellFactory(list -> new FlagCell());
        Label none = new Label("No risk flags on this date. Licensor checks under-payment, overdue statements,"
                + " renewals, withholding, copyleft, ownership, AI provenance and enforcement costs.");
        none.setWrapText(true);
        none.getStyleClass().add("empty-state");
        flagsList.setPlaceholder(none);
        model.dashboardProperty().addListener((obs, old, dashboard) -> show(dashboard, model.kpis()));
    }

    private void show(PortfolioDashboard d, List<Kpi> kpis) {
        if (d == null) {
            return;
        }
        showTiles(kpis);
        incomeBox.getChildren().setAll(PortfolioCharts.incomeByQuarter(d, dialogs));
        topAssetsBox.getChildren().setAll(PortfolioCharts.topAssets(d, dialogs, openAssetDashboard));
        countriesBox.getChildren().setAll(PortfolioCharts.countries(d, dialogs));
        endingBox.getChildren().setAll(EndingSoonPanel.build(d, links));
        maturityBox.getChildren().setAll(MaturityPanel.build(d));
        showFlags(d.flags());
        showWarnings(d.warnings());
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

    /** A list, not a box of cards: only the flags in view are drawn, so thousands of flags cost nothing. */
    private void showFlags(List<FlagItem> flags) {
        flagsTitle.setText(flags.isEmpty() ? "Risk flags" : "Risk flags (" + flags.size() + ")");
        flagsList.getItems().setAll(flags);
        flagsList.scrollTo(0);
    }

    /** A flag card that wraps to the list's width. */
    private final class FlagCell extends ListCell<FlagItem> {
        FlagCell() {
            setPrefWidth(0); // never wider than the list: the card's text wraps instead
        }

        @Override
        protected void updateItem(FlagItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Region card = (Region) flagCards.card(item);
            card.maxWidthProperty().bind(flagsList.widthProperty().subtract(CARD_INSET));
            card.prefWidthProperty().bind(flagsList.widthProperty().subtract(CARD_INSET));
            setGraphic(card);
        }

        /**
         * As tall as the card is at the list's width: a cell asks its graphic for its height without a width, which
         * for wrapping text is the height of one line, and the card's sentences were cut short with an ellipsis.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || flagsList.getWidth() <= CARD_INSET) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + getGraphic().prefHeight(flagsList.getWidth() - CARD_INSET)
                    + snappedBottomInset();
        }
    }

    private void showWarnings(List<String> warnings) {
        warningsBox.getChildren().setAll(WarningsPane.of(warnings).stream().toList());
    }

    /** The tiles on screen, for tests. */
    public List<KpiTile> tiles() {
        return List.copyOf(tiles);
    }

    /** The list of flags, for tests. */
    public ListView<FlagItem> flagsList() {
        return flagsList;
    }

    HBox root() {
        return root;
    }
}
