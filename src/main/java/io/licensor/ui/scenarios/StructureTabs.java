package io.licensor.ui.scenarios;

import io.licensor.model.License;
import io.licensor.model.Scenario;
import io.licensor.ui.charts.ChartPalette;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One tab per structure, headed by its palette colour and name (the same colour as its line, bar and table row),
 * holding its editor and the row that applies it to a license. Tabs close (removing the structure) while more than
 * the minimum remain.
 */
final class StructureTabs {
    private final TabPane pane;
    private final ScenarioStudioModel model;
    private final ScenarioCommands commands;
    private final List<ComboBox<License>> licenseBoxes = new ArrayList<>();

    StructureTabs(TabPane pane, ScenarioStudioModel model, ScenarioCommands commands) {
        this.pane = pane;
        this.model = model;
        this.commands = commands;
    }

    void rebuild() {
        int selected = Math.max(0, pane.getSelectionModel().getSelectedIndex());
        licenseBoxes.clear();
        List<Tab> tabs = new ArrayList<>();
        List<StructureDraft> drafts = model.structures();
        BigDecimal hint = model.revenue().firstYear().value() == null ? BigDecimal.ZERO
                : model.revenue().firstYear().value();
        for (int i = 0; i < drafts.size(); i++) {
            tabs.add(tab(drafts.get(i), i, hint, drafts.size() > Scenario.MIN_STRUCTURES));
        }
        pane.getTabs().setAll(tabs);
        pane.getSelectionModel().select(Math.min(selected, tabs.size() - 1));
        refreshLicenses();
    }

    private Tab tab(StructureDraft draft, int index, BigDecimal hint, boolean closable) {
        StructureEditor editor = new StructureEditor(draft, index, model.currency().getCurrencyCode(), hint);
        VBox content = new VBox(editor.view(), applyRow(index));
        Tab tab = new Tab();
        tab.setId("structure-tab-" + index);
        tab.textProperty().bind(draft.labelProperty());
        Region swatch = new Region();
        swatch.getStyleClass().add("structure-swatch");
        swatch.setStyle("-fx-background-color: " + ChartPalette.web(index) + ";");
        tab.setGraphic(swatch);
        tab.setContent(content);
        tab.setClosable(closable);
        tab.setOnCloseRequest(e -> {
            e.consume(); // the model removes it; the tabs are then rebuilt from the model
            model.removeStructure(index);
        });
        return tab;
    }

    private HBox applyRow(int index) {
        ComboBox<License> box = new ComboBox<>();
        box.setId("s" + index + "-license");
        box.setPromptText("Choose a license");
        box.setCellFactory(l -> new LicenseCell());
        box.setButtonCell(new LicenseCell());
        box.setPrefWidth(200);
        licenseBoxes.add(box);
        Button apply = new Button("Apply to license...");
        apply.setId("s" + index + "-apply");
        apply.disableProperty().bind(box.valueProperty().isNull());
        apply.setOnAction(e -> commands.applyToLicense(index, box.getValue().id()));
        Label label = new Label("Use as terms of");
        HBox row = new HBox(8, label, box, apply);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("apply-row");
        return row;
    }

    /** Lists the licenses this scenario's structures fit (same currency and basis), the source license first chosen. */
    void refreshLicenses() {
        List<License> fitting = commands.applicableLicenses();
        String source = model.sourceLicenseIdProperty().get();
        for (ComboBox<License> box : licenseBoxes) {
            box.getItems().setAll(fitting);
            box.setValue(fitting.stream().filter(l -> l.id().equals(source)).findFirst().orElse(null));
        }
    }

    /** "L1 Acme Analytics Inc." */
    private static final class LicenseCell extends ListCell<License> {
        @Override
        protected void updateItem(License l, boolean empty) {
            super.updateItem(l, empty);
            setText(empty || l == null ? null : l.id() + "  " + l.licensee());
        }
    }
}
