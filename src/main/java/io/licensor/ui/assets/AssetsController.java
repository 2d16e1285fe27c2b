package io.licensor.ui.assets;

import atlantafx.base.controls.CustomTextField;
import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.ui.common.LongChoiceLists;
import io.licensor.ui.common.TableRows;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the register (AssetsView.fxml) to {@link AssetsModel}: table, search, filters, buttons, selection. */
public final class AssetsController {
    @FXML private BorderPane root;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<AssetType> typeFilter;
    @FXML private ComboBox<String> ownerFilter;
    @FXML private ComboBox<String> tagFilter;
    @FXML private ToggleButton flaggedToggle;
    @FXML private Button clearButton;
    @FXML private Button addButton;
    @FXML private Button duplicateButton;
    @FXML private Button deleteButton;
    @FXML private Button dashboardButton;
    private static final double EDITOR_WIDTH = 400;
    @FXML private SplitPane split;
    @FXML private TableView<Asset> table;
    @FXML private Label countLabel;
    @FXML private AssetEditorController editorController;

    private final Label placeholder = new Label();
    private AssetsModel model;
    private boolean syncing;
    private java.util.function.Consumer<String> openDashboard = id -> { };
    private boolean dashboardAvailable;

    void bind(AssetsModel assets, String reportingCurrency) {
        this.model = assets;
        keepEditorWidth();
        editorController.bind(assets.editor(), reportingCurrency);
        bindFilters();
        bindTable();
        bindButtons();
    }

    /**
     * The detail pane keeps its width when the window grows or shrinks; the table takes the rest. The divider starts
     * where the editor gets {@value #EDITOR_WIDTH} px (SplitPane only knows fractions, so it is set once laid out).
     */
    private void keepEditorWidth() {
        javafx.scene.Node editor = split.getItems().get(1);
        SplitPane.setResizableWithParent(editor, false);
        split.widthProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > EDITOR_WIDTH * 2) {
                    split.setDividerPositions(1 - EDITOR_WIDTH / width.doubleValue());
                    split.widthProperty().removeListener(this);
                }
            }
        });
    }

    private void bindFilters() {
        searchField.setLeft(new FontIcon(Feather.SEARCH));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        ObservableList<AssetType> types = FXCollections.observableArrayList();
        types.add(null);
        types.addAll(AssetType.values());
        choices(typeFilter, types, t -> t == null ? "All types" : Names.of(t));
        typeFilter.valueProperty().bindBidirectional(model.typeFilterProperty());
        withAll(ownerFilter, model.ownerChoices(), "All owners");
        ownerFilter.valueProperty().bindBidirectional(model.ownerFilterProperty());
        withAll(tagFilter, model.tagChoices(), "All tags");
        tagFilter.valueProperty().bindBidirectional(model.tagFilterProperty());
        flaggedToggle.setGraphic(new FontIcon(Feather.FLAG));
        flaggedToggle.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        flaggedToggle.setTooltip(new Tooltip("Show only assets with a risk flag"));
        clearButton.setGraphic(new FontIcon(Feather.X));
        clearButton.setTooltip(new Tooltip("Clear the search and all filters"));
    }

    private static void withAll(ComboBox<String> box, ObservableList<String> values, String allText) {
        // possibly thousands of owners or tags: a new list each time (replacing them in place marked every list cell
        // dirty one by one), and only the first rows measured for the width (see LongChoiceLists)
        LongChoiceLists.measureFirstRows(box);
        choices(box, FXCollections.observableArrayList(), v -> v == null ? allText : v);
        Runnable refill = () -> {
            List<String> next = new ArrayList<>(values.size() + 1);
            next.add(null);
            next.addAll(values);
            String selected = box.getValue();
            box.setItems(FXCollections.observableList(next));
            box.setValue(selected != null && values.contains(selected) ? selected : null);
        };
        values.addListener((ListChangeListener<String>) c -> refill.run());
        refill.run();
    }

    private static <T> void choices(ComboBox<T> box, ObservableList<T> items, Function<T, String> text) {
        box.setItems(items);
        box.setConverter(Names.converter(text));
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(text.apply(empty ? null : item));
            }
        });
    }

    private void bindTable() {
        table.getColumns().setAll(AssetColumns.all(model::flagsOf));
        // Columns keep readable widths and the table scrolls sideways when narrow; when wide, the title takes the
        // room left over (JavaFX's constrained policies would squeeze every column to "..." instead).
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        TableColumn<Asset, ?> title = table.getColumns().get(1);
        double titleWidth = title.getPrefWidth();
        table.widthProperty().addListener((obs, old, width) -> {
            double others = table.getColumns().stream().filter(c -> c != title && c.isVisible())
                    .mapToDouble(TableColumn::getWidth).sum();
            title.setPrefWidth(Math.max(titleWidth, width.doubleValue() - others - 20));
        });
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        SortedList<Asset> sorted = new SortedList<>(model.shownAssets());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        // one row height for all: scrolling the register then lays out only the rows in view
        TableRows.fixHeight(table);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        table.setPlaceholder(placeholder);
        placeholder.textProperty().bind(Bindings.createStringBinding(model::emptyMessage, model.allAssets(),
                model.shownAssets(), model.loadingProperty()));
        countLabel.textProperty().bind(model.countProperty());
        model.flags().addListener(o -> {
            table.refresh();
            showFlagsOfCurrent();
        });
        model.editor().currentProperty().addListener(o -> showFlagsOfCurrent());
        showFlagsOfCurrent();
        bindSelection();
    }

    /** Table selection and the editor's asset follow each other; a refused switch puts the selection back. */
    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (syncing || model.reloadingProperty().get()) {
                return;
            }
            if (!model.editor().select(selected == null ? null : selected.id())) {
                // the user kept unsaved edits: put the selection back where it was, after this event
                Platform.runLater(() -> selectInTable(model.editor().currentProperty().get()));
            }
        });
        model.editor().currentProperty().addListener((obs, old, current) -> selectInTable(current));
        model.reloadingProperty().addListener((obs, was, reloading) -> {
            if (!reloading) {
                selectInTable(model.editor().currentProperty().get());
            }
        });
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<Asset> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (dashboardAvailable && e.getClickCount() == 2
                        && e.getButton() == javafx.scene.input.MouseButton.PRIMARY && !row.isEmpty()) {
                    openDashboard.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.editor().delete();
                e.consume();
            }
        });
    }

    private void showFlagsOfCurrent() {
        Asset current = model.editor().currentProperty().get();
        editorController.showFlags(current == null ? List.of() : model.flagsOf(current.id()));
    }

    private void selectInTable(Asset asset) {
        syncing = true;
        try {
            if (asset == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (Asset row : table.getItems()) {
                if (row.id().equals(asset.id())) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void bindButtons() {
        addButton.setGraphic(new FontIcon(Feather.PLUS));
        addButton.setTooltip(new Tooltip("Add an asset (Ctrl+N)"));
        duplicateButton.setGraphic(new FontIcon(Feather.COPY));
        duplicateButton.setTooltip(new Tooltip("Start a new asset from a copy of the selected one"));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH));
        deleteButton.setTooltip(new Tooltip("Delete the selected asset (Delete); Ctrl+Z brings it back"));
        dashboardButton.setGraphic(new FontIcon(Feather.BAR_CHART_2));
        dashboardButton.setTooltip(new Tooltip("Open the selected asset's dashboard (or double-click its row)"));
        dashboardButton.disableProperty().bind(model.editor().currentProperty().isNull());
        duplicateButton.disableProperty().bind(model.editor().currentProperty().isNull());
        deleteButton.disableProperty().bind(model.editor().currentProperty().isNull());
    }

    @FXML
    void add() {
        model.editor().add();
        if (model.editor().editingProperty().get()) {
            selectInTable(null);
            editorController.focusTitle();
        }
    }

    /** Shows or hides the "Dashboard" button (and the double-click) depending on whether a dashboard exists. */
    void showDashboardAction(boolean available) {
        dashboardButton.setVisible(available);
        dashboardButton.setManaged(available);
        dashboardAvailable = available;
    }

    /** What "Dashboard" and a double-click on a row do with the asset's id. */
    void onOpenDashboard(java.util.function.Consumer<String> action) {
        this.openDashboard = action;
    }

    @FXML
    void openDashboard() {
        Asset current = model.editor().currentProperty().get();
        if (current != null) {
            openDashboard.accept(current.id());
        }
    }

    @FXML
    void duplicate() {
        model.editor().duplicate();
        if (model.editor().form().isNew()) {
            editorController.focusTitle();
        }
    }

    @FXML
    void delete() {
        model.editor().delete();
    }

    @FXML
    void clearFilters() {
        model.clearFilters();
    }

    void save() {
        model.editor().save();
    }

    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    BorderPane root() {
        return root;
    }

    /** The table, for the shared "Export as CSV..." menu. */
    TableView<Asset> table() {
        return table;
    }
}
