package io.licensor.ui.scenarios;

import io.licensor.model.TierMode;
import io.licensor.ui.common.StyleClasses;
import java.math.BigDecimal;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.RangeSlider;

/**
 * The sliders and fields of one structure: name, tier mode, tier thresholds (a range slider for two thresholds, one
 * slider each otherwise), each tier's rate, upfront fee, advance, minimum and cap. Rebuilds its tier rows when tiers
 * are added or removed. Node ids name the structure's index so tests can find them ("s0-rate1", "s1-thresholds").
 */
final class StructureEditor {
    private final StructureDraft draft;
    private final String currency;
    private final String id;
    private final VBox root = new VBox(6);
    private final GridPane tierGrid = grid();
    private final BigDecimal thresholdMax;
    private Node modeBox;

    StructureEditor(StructureDraft draft, int index, String currency, BigDecimal revenueHint) {
        this.draft = draft;
        this.currency = currency;
        this.id = "s" + index;
        BigDecimal highest = draft.tiers().get(draft.tiers().size() - 1).from().value();
        this.thresholdMax = StudioFigures.niceCeiling(highest.multiply(BigDecimal.valueOf(2))
                .max(revenueHint.multiply(BigDecimal.valueOf(2))).max(BigDecimal.valueOf(1000)));
        root.getStyleClass().add("structure-editor");
        root.setPadding(new Insets(8, 10, 10, 10));
        Node header = header();
        root.getChildren().addAll(header, section("Tiers"), modeBox, tierGrid, tierButtons(),
                section("Fees and limits"), moneyGrid());
        buildTiers();
        draft.tiersChangedProperty().addListener(o -> buildTiers());
    }

    Node view() {
        return root;
    }

    private Node header() {
        TextField name = new TextField();
        name.setId(id + "-name");
        name.textProperty().bindBidirectional(draft.labelProperty());
        name.setPromptText("Name of this structure");
        HBox.setHgrow(name, Priority.ALWAYS);
        ChoiceBox<TierMode> mode = new ChoiceBox<>(FXCollections.observableArrayList(TierMode.values()));
        mode.setId(id + "-mode");
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(TierMode m) {
                return m == TierMode.WHOLE_VOLUME ? "Whole volume" : "Marginal";
            }

            @Override
            public TierMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(draft.tierModeProperty());
        mode.setTooltip(new javafx.scene.control.Tooltip("Marginal: each rate applies to the part of the revenue in "
                + "its tier, like tax brackets. Whole volume: the rate of the highest tier reached applies to all of it."));
        Label nameLabel = new Label("Name");
        nameLabel.setMinWidth(Label.USE_PREF_SIZE);
        Label modeLabel = new Label("Tier mode");
        modeLabel.setMinWidth(Label.USE_PREF_SIZE);
        mode.setMinWidth(Label.USE_PREF_SIZE);
        mode.setPrefWidth(130);
        HBox nameRow = new HBox(8, nameLabel, name);
        nameRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox modeRow = new HBox(8, modeLabel, mode);
        modeRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        modeRow.setPadding(new Insets(4, 0, 2, 0));
        modeBox = modeRow;
        HBox box = nameRow;
        return box;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(StyleClasses.FORM_SECTION);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        slider.setMinWidth(90);
        ColumnConstraints field = new ColumnConstraints();
        ColumnConstraints unit = new ColumnConstraints();
        unit.setMinWidth(GridPane.USE_PREF_SIZE);
        g.getColumnConstraints().setAll(label, slider, field, unit);
        return g;
    }

    private void buildTiers() {
        tierGrid.getChildren().clear();
        List<TierDraft> tiers = draft.tiers();
        int row = 0;
        if (tiers.size() == 3) {
            row = addRange(row, tiers.get(1), tiers.get(2));
        } else {
            for (int i = 1; i < tiers.size(); i++) {
                Slider s = SliderField.slider(0, thresholdMax.doubleValue());
                s.setId(id + "-threshold" + i);
                row = SliderField.addRow(tierGrid, row, "Tier " + (i + 1) + " from", s,
                        SliderField.field(id + "-from" + i, currency), currency, tiers.get(i).from());
            }
        }
        for (int i = 0; i < tiers.size(); i++) {
            boolean units = draft.isUnits();
            double max = units ? Math.max(1, tiers.get(i).rate().shown() * 2) : Math.max(30, tiers.get(i).rate().shown());
            Slider s = SliderField.slider(0, max);
            s.setId(id + "-rate" + i);
            String label = tiers.size() == 1 ? "Rate" : "Tier " + (i + 1) + " rate";
            row = SliderField.addRow(tierGrid, row, label, s, SliderField.field(id + "-ratefield" + i, "rate"),
                    units ? currency + "/unit" : "%", tiers.get(i).rate());
        }
        CheckBox restart = new CheckBox("Tiers restart each contract year");
        restart.setId(id + "-restart");
        restart.selectedProperty().bindBidirectional(draft.restartEachYearProperty());
        restart.setVisible(tiers.size() > 1);
        restart.setManaged(tiers.size() > 1);
        tierGrid.add(restart, 1, row, 3, 1);
    }

    /** Two thresholds on one range slider: the low thumb is tier 2's start, the high thumb tier 3's. */
    private int addRange(int row, TierDraft second, TierDraft third) {
        RangeSlider range = new RangeSlider(0, thresholdMax.doubleValue(), 0, thresholdMax.doubleValue());
        range.setId(id + "-thresholds");
        range.getStyleClass().add("threshold-range");
        range.setMinWidth(90);
        range.setMaxWidth(Double.MAX_VALUE);
        TextField low = SliderField.field(id + "-from1", currency);
        TextField high = SliderField.field(id + "-from2", currency);
        // the high thumb first: the low one cannot pass it, so it must already be in place
        range.setHighValue(third.from().shown());
        SliderField.bind(range.highValueProperty(), range.maxProperty(), high, third.from());
        SliderField.bind(range.lowValueProperty(), range.maxProperty(), low, second.from());
        Label label = new Label("Thresholds");
        tierGrid.add(label, 0, row);
        tierGrid.add(range, 1, row, 1, 2);
        GridPane.setHgrow(range, Priority.ALWAYS);
        tierGrid.add(low, 2, row);
        tierGrid.add(new Label("tier 2 from"), 3, row);
        tierGrid.add(high, 2, row + 1);
        tierGrid.add(new Label("tier 3 from"), 3, row + 1);
        tierGrid.add(SliderField.message(second.from()), 1, row + 2, 3, 1);
        tierGrid.add(SliderField.message(third.from()), 1, row + 3, 3, 1);
        return row + 4;
    }

    private Node tierButtons() {
        Button add = new Button("Add tier");
        add.setId(id + "-addtier");
        add.setOnAction(e -> draft.addTier());
        Button remove = new Button("Remove top tier");
        remove.setId(id + "-removetier");
        remove.setOnAction(e -> draft.removeTier());
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(draft.tiers())
                .greaterThanOrEqualTo(StructureDraft.MAX_TIERS));
        remove.disableProperty().bind(javafx.beans.binding.Bindings.size(draft.tiers()).lessThanOrEqualTo(1));
        HBox box = new HBox(8, add, remove);
        box.setPadding(new Insets(2, 0, 0, 0));
        return box;
    }

    private Node moneyGrid() {
        GridPane g = grid();
        int row = 0;
        row = money(g, row, "Upfront fee", "upfront", draft.upfront());
        row = money(g, row, "Advance", "advance", draft.advance());
        row = money(g, row, "Minimum a year", "minimum", draft.minimum());
        row = money(g, row, "Cap a year", "cap", draft.cap());
        Label hint = new Label("Leave the cap empty for no cap.");
        hint.getStyleClass().add("hint");
        g.add(hint, 1, row, 3, 1);
        return g;
    }

    private int money(GridPane g, int row, String label, String key, DecimalInput input) {
        double max = StudioFigures.niceCeiling(BigDecimal.valueOf(Math.max(50_000, input.shown() * 2))).doubleValue();
        Slider s = SliderField.slider(0, max);
        s.setId(id + "-" + key);
        return SliderField.addRow(g, row, label, s, SliderField.field(id + "-" + key + "field", currency), currency,
                input);
    }
}
