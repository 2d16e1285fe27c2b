package io.licensor.ui.enforcement;

import io.licensor.model.EnforcementEntry;
import io.licensor.service.EnforcementSummary.AssetRow;
import io.licensor.ui.receipts.ReceiptTexts;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Enforcement section (EnforcementView.fxml) to {@link EnforcementModel}. */
public final class EnforcementController {
    private static final double EDITOR_HEIGHT = 212;
    @FXML private BorderPane root;
    @FXML private ComboBox<Target> filterBox;
    @FXML private Button clearButton;
    @FXML private Label asOfLabel;
    @FXML private Button addButton;
    @FXML private Button deleteButton;
    @FXML private SplitPane split;
    @FXML private TableView<EntryRow> entryTable;
    @FXML private Label countLabel;
    @FXML private TableView<AssetRow> totalsTable;
    @FXML private Label portfolioLabel;
    @FXML private EnforcementEditorController editorController;

    private final Label placeholder = new Label();
    private EnforcementModel model;
    private boolean syncing;

    void bind(EnforcementModel enforcement) {
        this.model = enforcement;
        keepEditorHeight();
        editorController.bind(enforcement.editor(), enforcement);
        bindFilter();
        bindEntries();
        bindTotals();
        bindButtons();
    }

    /** The editor keeps its height; the two tables share the rest. Positions are set once the pane is laid out. */
    private void keepEditorHeight() {
        javafx.scene.Node editor = split.getItems().get(2);
        SplitPane.setResizableWithParent(editor, false);
        split.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number height) {
                double h = height.doubleValue();
                if (h > EDITOR_HEIGHT * 2) {
                    double editorAt = 1 - EDITOR_HEIGHT / h;
                    split.setDividerPositions(editorAt * 0.44, editorAt);
                    split.heightProperty().removeListener(this);
                }
            }
        });
    }

    private void bindFilter() {
        Runnable refill = () -> {
            Target chosen = model.filterProperty().get();
            List<Target> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.targets());
            filterBox.getItems().setAll(items);
            filterBox.setValue(chosen);
        };
        model.targets().addListener((ListChangeListener<Target>) c -> refill.run());
        refill.run();
        filterBox.setConverter(ReceiptTexts.converter(this::filterText));
        filterBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Target t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty ? null : filterText(t));
            }
        });
        filterBox.valueProperty().bindBidirectional(model.filterProperty());
        clearButton.setGraphic(new FontIcon(Feather.X));
        clearButton.setTooltip(new Tooltip("Show every entry"));
        clearButton.disableProperty().bind(model.filterProperty().isNull());
        asOfLabel.textProperty().bind(Bindings.createStringBinding(
                () -> "Totals as of " + model.data().summary().asOf(), model.dataProperty()));
    }

    private String filterText(Target t) {
        if (t == null) {
            return "Every asset and license";
        }
        return (t.isAsset() ? "Asset " : "License ") + model.data().describe(t);
    }

    private void bindEntries() {
        entryTable.getColumns().setAll(EnforcementColumns.entries(
                model.data().summary().reportingCurrency().getCurrencyCode()));
        entryTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        entryTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        SortedList<EntryRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(entryTable.comparatorProperty());
        entryTable.setItems(sorted);
        entryTable.getSortOrder().setAll(List.of(entryTable.getColumns().get(1)));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        entryTable.setPlaceholder(placeholder);
        placeholder.textProperty().bind(Bindings.createStringBinding(model::emptyMessage, model.allRows(),
                model.shownRows(), model.loadingProperty()));
        countLabel.textProperty().bind(model.countProperty());
        entryTable.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (syncing || model.reloadingProperty().get()) {
                return;
            }
            if (!model.editor().select(selected == null ? null : selected.id())) {
                Platform.runLater(() -> selectInTable(model.editor().currentProperty().get()));
            }
        });
        model.editor().currentProperty().addListener((obs, old, current) -> selectInTable(current));
        model.reloadingProperty().addListener((obs, was, reloading) -> {
            if (!reloading) {
                selectInTable(model.editor().currentProperty().get());
            }
        });
        entryTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && entryTable.getSelectionModel().getSelectedItem() != null) {
                model.editor().delete();
                e.consume();
            }
        });
    }

    private void selectInTable(EnforcementEntry entry) {
        syncing = true;
        try {
            if (entry == null) {
                entryTable.getSelectionModel().clearSelection();
                return;
            }
            List<EntryRow> rows = entryTable.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(entry.id())) {
                    entryTable.getSelectionModel().clearAndSelect(i);
                    entryTable.scrollTo(Math.max(0, i - 2));
                    return;
                }
            }
            entryTable.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void bindTotals() {
        String code = model.data().summary().reportingCurrency().getCurrencyCode();
        totalsTable.getColumns().setAll(EnforcementColumns.totals(model.data().summary().reportingCurrency()));
        totalsTable.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        totalsTable.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        totalsTable.setItems(model.totals());
        Label none = new Label("No asset has enforcement costs yet.");
        none.getStyleClass().add("empty-state");
        totalsTable.setPlaceholder(none);
        totalsTable.setRowFactory(t -> {
            TableRow<AssetRow> row = new TableRow<>();
            Tooltip tip = new Tooltip("Click to show this asset's entries.\n\n"
                    + String.format(EnforcementTexts.NET_TIP, code) + "\n\n" + EnforcementTexts.INCOME_TIP);
            tip.setWrapText(true);
            tip.setMaxWidth(440);
            row.setTooltip(tip);
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty()) {
                    model.filterProperty().set(Target.asset(row.getItem().assetId()));
                }
            });
            return row;
        });
        portfolioLabel.textProperty().bind(model.portfolioLineProperty());
        Tooltip windowTip = new Tooltip();
        windowTip.textProperty().bind(Bindings.createStringBinding(() -> String.format(EnforcementTexts.WINDOW_TIP,
                model.data().summary().asOf().minusMonths(12), model.data().summary().asOf()), model.dataProperty()));
        windowTip.setWrapText(true);
        windowTip.setMaxWidth(440);
        portfolioLabel.setTooltip(windowTip);
    }

    private void bindButtons() {
        addButton.setGraphic(new FontIcon(Feather.PLUS));
        addButton.setTooltip(new Tooltip("Record a cost or recovery (Ctrl+N)"));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH));
        deleteButton.setTooltip(new Tooltip("Delete the selected entry (Delete); Ctrl+Z brings it back"));
        deleteButton.disableProperty().bind(model.editor().currentProperty().isNull());
    }

    @FXML
    void add() {
        model.editor().add();
        if (model.editor().editingProperty().get()) {
            selectInTable(null);
            editorController.focusCost();
        }
    }

    @FXML
    void delete() {
        model.editor().delete();
    }

    @FXML
    void clearFilter() {
        model.filterProperty().set(null);
    }

    void save() {
        model.editor().save();
    }

    /** The table, for the shared "Export as CSV..." menu. */
    TableView<EntryRow> entryTable() {
        return entryTable;
    }

    /** The table, for the shared "Export as CSV..." menu. */
    TableView<AssetRow> totalsTable() {
        return totalsTable;
    }
}
