package io.licensor.ui.licenses;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import io.licensor.model.License;
import io.licensor.ui.common.BackgroundSort;
import io.licensor.ui.common.Dialogs;
import io.licensor.ui.common.LongChoiceLists;
import io.licensor.ui.common.TableRows;
import io.licensor.ui.licenses.LicenseFilter.Show;
import io.licensor.ui.licenses.terms.Choices;
import io.licensor.ui.licenses.terms.TermsPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the licenses view (LicensesView.fxml) to {@link LicensesModel}: table, search, filters, buttons, selection. */
public final class LicensesController {
    /** The editor holds the terms and their chart: wider than the asset editor. */
    private static final double EDITOR_WIDTH = 500;
    @FXML private BorderPane root;
    @FXML private CustomTextField searchField;
    @FXML private ComboBox<Show> showFilter;
    @FXML private ComboBox<String> licenseeFilter;
    @FXML private ComboBox<String> assetFilter;
    @FXML private Button clearButton;
    @FXML private Button addButton;
    @FXML private Button duplicateButton;
    @FXML private Button renewButton;
    @FXML private Button deleteButton;
    @FXML private SplitPane split;
    @FXML private TableView<License> table;
    @FXML private Label countLabel;
    @FXML private Label previewEmpty;
    @FXML private VBox previewBox;
    @FXML private Label previewTitle;
    @FXML private TermsPreview preview;
    @FXML private LicenseEditorController editorController;

    private final Label placeholder = new Label();
    private LicensesModel model;
    private BackgroundSort<License> sorting;
    private boolean syncing;

    void bind(LicensesModel licenses, Dialogs dialogs) {
        this.model = licenses;
        keepEditorWidth();
        editorController.bind(licenses, this::open);
        bindPreview(dialogs);
        bindFilters();
        bindTable();
        bindButtons();
    }

    /** The detail pane keeps its width when the window is resized; the table takes the rest. */
    private void keepEditorWidth() {
        Node editor = split.getItems().get(1);
        SplitPane.setResizableWithParent(editor, false);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > EDITOR_WIDTH * 1.6) {
                    split.setDividerPositions(1 - EDITOR_WIDTH / width.doubleValue());
                    split.widthProperty().removeListener(this);
                }
            }
        });
    }

    /** The preview of the edited terms sits under the table, where it stays in view while the terms are typed. */
    private void bindPreview(Dialogs dialogs) {
        LicenseEditing editing = model.editor();
        preview.bind(editing.form().preview(), dialogs);
        previewBox.visibleProperty().bind(editing.editingProperty());
        previewEmpty.visibleProperty().bind(editing.editingProperty().not());
        previewTitle.textProperty().bind(Bindings.concat("What the terms of ", editing.form().idProperty(),
                " would earn"));
    }

    private void bindFilters() {
        searchField.setLeft(new FontIcon(Feather.SEARCH));
        searchField.textProperty().bindBidirectional(model.searchProperty());
        showFilter.getItems().setAll(Show.values());
        Choices.show(showFilter, s -> s == null ? "" : s.label());
        showFilter.valueProperty().bindBidirectional(model.showProperty());
        withAll(licenseeFilter, model.licenseeChoices(), Function.identity(), "All licensees");
        licenseeFilter.valueProperty().bindBidirectional(model.licenseeFilterProperty());
        ObservableList<String> assetIds = FXCollections.observableArrayList();
        Runnable refillAssets = () -> assetIds.setAll(model.assets().stream().map(a -> a.id()).toList());
        // (assetIds changes once per reload; its listener below gives the box a new list)
        model.assets().addListener((ListChangeListener<Object>) c -> refillAssets.run());
        refillAssets.run();
        withAll(assetFilter, assetIds, id -> id + "  " + model.assetTitle(id), "All assets");
        assetFilter.valueProperty().bindBidirectional(model.assetFilterProperty());
        clearButton.setGraphic(new FontIcon(Feather.X));
        clearButton.setTooltip(new Tooltip("Clear the search and all filters"));
    }

    private static void withAll(ComboBox<String> box, ObservableList<String> values, Function<String, String> text,
            String allText) {
        // thousands of choices (10,000 assets): a new list each time (replacing them in place marked every list cell
        // dirty one by one), and only the first rows measured for the width (see LongChoiceLists)
        LongChoiceLists.measureFirstRows(box);
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
        Choices.show(box, v -> v == null ? allText : text.apply(v));
    }

    private void bindTable() {
        table.getColumns().setAll(LicenseColumns.all(model));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.getStyleClass().add(Styles.DENSE);
        // 50,000 licenses sort in some 100-450 ms: off the FX thread (the Status and Flags columns read immutable
        // values of the model, see LicensesModel), the selected license stays selected
        sorting = BackgroundSort.install(table, model.shownLicenses());
        sorting.busyProperty().addListener((obs, was, now) -> table.setCursor(now ? Cursor.WAIT : null));
        sorting.swappingProperty().addListener((obs, was, swapping) -> {
            if (!swapping) {
                selectInTable(model.editor().currentProperty().get());
            }
        });
        // one row height for all: scrolling 50,000 licenses then lays out only the rows in view
        TableRows.fixHeight(table);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        table.setPlaceholder(placeholder);
        placeholder.textProperty().bind(Bindings.createStringBinding(model::emptyMessage, model.allLicenses(),
                model.shownLicenses(), model.loadingProperty()));
        countLabel.textProperty().bind(model.countProperty());
        model.summaries().addListener(o -> {
            table.refresh();
            if (table.getSortOrder().stream().anyMatch(c -> "Flags".equals(c.getText()))) {
                sorting.request(); // the flags changed under a table sorted by them
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, selected) -> {
            if (syncing || model.reloadingProperty().get() || sorting.swappingProperty().get()) {
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
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.editor().delete();
                e.consume();
            }
        });
    }

    private void selectInTable(License license) {
        syncing = true;
        try {
            if (license == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (License row : table.getItems()) {
                if (row.id().equals(license.id())) {
                    table.getSelectionModel().select(row);
                    scrollIntoView(table.getSelectionModel().getSelectedIndex());
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    /** Scrolls only when the row is out of sight: a jump of the whole list on every click is disorienting. */
    private void scrollIntoView(int index) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && index > flow.getFirstVisibleCell().getIndex()
                && index < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        table.scrollTo(Math.max(0, index - 2));
    }

    private void bindButtons() {
        addButton.setGraphic(new FontIcon(Feather.PLUS));
        addButton.setTooltip(new Tooltip("Add a license (Ctrl+N)"));
        duplicateButton.setGraphic(new FontIcon(Feather.COPY));
        duplicateButton.setTooltip(new Tooltip("Start a new license from a copy of the selected one"));
        renewButton.setGraphic(new FontIcon(Feather.REFRESH_CW));
        renewButton.setTooltip(new Tooltip("Create the license that continues the selected one after it ends"));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH));
        deleteButton.setTooltip(new Tooltip("Delete the selected license (Delete); Ctrl+Z brings it back"));
        duplicateButton.disableProperty().bind(model.editor().currentProperty().isNull());
        deleteButton.disableProperty().bind(model.editor().currentProperty().isNull());
        renewButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.editor().renewBlockedReason() != null, model.editor().currentProperty(),
                model.editor().renewedBy(), model.editor().form().newProperty()));
    }

    /** Shows another license (a renewal link), clearing filters that would hide it. */
    void open(String licenseId) {
        model.open(licenseId);
        selectInTable(model.editor().currentProperty().get());
    }

    @FXML
    void add() {
        model.editor().add();
        if (model.editor().editingProperty().get()) {
            selectInTable(null);
            editorController.focusLicensee();
        }
    }

    @FXML
    void duplicate() {
        model.editor().duplicate();
    }

    @FXML
    void renew() {
        model.editor().renew();
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

    /** The table's sorting in the background, for tests and benchmarks that wait for it. */
    BackgroundSort<License> sorting() {
        return sorting;
    }

    LicenseEditorController editorController() {
        return editorController;
    }

    /** The table, for the shared "Export as CSV..." menu. */
    TableView<License> table() {
        return table;
    }
}
