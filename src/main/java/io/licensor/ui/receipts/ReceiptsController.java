package io.licensor.ui.receipts;

import io.licensor.model.License;
import io.licensor.ui.common.BackgroundSort;
import io.licensor.ui.common.LongChoiceLists;
import io.licensor.ui.common.TableRows;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Cursor;
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
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Receipts section (ReceiptsView.fxml) to {@link ReceiptsModel}: filter, table, totals, buttons. */
public final class ReceiptsController {
    @FXML private BorderPane root;
    @FXML private ComboBox<String> licenseFilter;
    @FXML private ToggleButton shortToggle;
    @FXML private Label asOfLabel;
    @FXML private Button addButton;
    @FXML private Button deleteButton;
    @FXML private SplitPane split;
    @FXML private TableView<ReceiptRow> table;
    @FXML private HBox totalsBar;
    @FXML private Label countLabel;
    @FXML private Label noteLabel;
    @FXML private ReceiptEditorController editorController;

    private static final double EDITOR_HEIGHT = 262;
    private final Label placeholder = new Label();
    private ReceiptsModel model;
    private BackgroundSort<ReceiptRow> sorting;
    private boolean syncing;

    void bind(ReceiptsModel receipts) {
        this.model = receipts;
        keepEditorHeight();
        editorController.bind(receipts.editor(), receipts);
        bindFilter();
        bindTable();
        bindTotals();
        bindButtons();
    }

    /**
     * The editor under the table keeps its height when the window grows or shrinks; the table takes the rest. The
     * divider starts where the editor gets {@value #EDITOR_HEIGHT} px (SplitPane only knows fractions, so it is set
     * once laid out).
     */
    private void keepEditorHeight() {
        javafx.scene.Node editor = split.getItems().get(1);
        SplitPane.setResizableWithParent(editor, false);
        split.heightProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number height) {
                if (height.doubleValue() > EDITOR_HEIGHT * 2) {
                    split.setDividerPositions(1 - EDITOR_HEIGHT / height.doubleValue());
                    split.heightProperty().removeListener(this);
                }
            }
        });
    }

    private void bindFilter() {
        Runnable refill = () -> {
            String chosen = model.licenseFilterProperty().get();
            List<String> items = new ArrayList<>();
            items.add(null);
            model.licenses().forEach(l -> items.add(l.id()));
            // a new list, not setAll: a change replacing 50,000 choices marked each of the list's cells dirty one by
            // one (a quarter of a second of the FX thread when the section opened)
            licenseFilter.setItems(FXCollections.observableList(items));
            licenseFilter.setValue(chosen);
        };
        model.licenses().addListener((ListChangeListener<License>) c -> refill.run());
        refill.run();
        LongChoiceLists.measureFirstRows(licenseFilter);
        licenseFilter.setConverter(ReceiptTexts.converter(this::filterText));
        licenseFilter.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty ? null : filterText(id));
                boolean isShort = !empty && id != null && shortPeriods(id) > 0;
                setGraphic(isShort ? new FontIcon(Feather.ALERT_TRIANGLE) : null);
                getStyleClass().remove("short-license");
                if (isShort) {
                    getStyleClass().add("short-license");
                }
            }
        });
        licenseFilter.valueProperty().bindBidirectional(model.licenseFilterProperty());
        shortToggle.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        shortToggle.selectedProperty().bindBidirectional(model.shortOnlyProperty());
        shortToggle.setTooltip(new Tooltip("Show only the periods the licensee paid short"));
        asOfLabel.textProperty().bind(Bindings.createStringBinding(
                () -> "Checked as of " + model.data().reconciliation().asOf(), model.dataProperty()));
        asOfLabel.setTooltip(new Tooltip("Periods ending after this day are listed but not counted yet."));
    }

    private String filterText(String id) {
        if (id == null) {
            return "All licenses (" + model.licenses().size() + ")";
        }
        return model.license(id).map(l -> {
            int periods = shortPeriods(id);
            return l.id() + " \u00b7 " + l.licensee() + " \u00b7 " + l.terms().currency().getCurrencyCode()
                    + (periods > 0 ? " \u00b7 " + periods + " short" : "");
        }).orElse(id);
    }

    private int shortPeriods(String id) {
        return model.data().reconciliation().license(id).map(l -> l.totals().shortPeriods()).orElse(0);
    }

    private void bindTable() {
        TableColumn<ReceiptRow, String> license = ReceiptColumns.licenseColumn();
        table.getColumns().setAll(ReceiptColumns.all(license));
        license.visibleProperty().bind(model.licenseFilterProperty().isNull());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        ReceiptColumns.rows(table);
        // a million rows sort in a second or more: off the FX thread, the window stays responsive meanwhile
        table.getSortOrder().setAll(List.of(table.getColumns().get(2)));
        sorting = BackgroundSort.install(table, model.shownRows());
        javafx.beans.binding.BooleanBinding busy = sorting.busyProperty().or(model.filteringProperty());
        busy.addListener((obs, was, now) -> table.setCursor(now ? Cursor.WAIT : null));
        TableRows.fixHeight(table);
        sorting.swappingProperty().addListener((obs, was, swapping) -> {
            if (!swapping) {
                selectInTable(model.editor().currentProperty().get());
            }
        });
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        table.setPlaceholder(placeholder);
        placeholder.textProperty().bind(Bindings.createStringBinding(model::emptyMessage, model.allRows(),
                model.shownRows(), model.loadingProperty(), model.licenses()));
        countLabel.textProperty().bind(Bindings.createStringBinding(() -> model.countProperty().get()
                + (sorting.busyProperty().get() ? " \u00b7 sorting..." : model.filteringProperty().get()
                        ? " \u00b7 filtering..." : ""), model.countProperty(), sorting.busyProperty(),
                model.filteringProperty()));
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

    private void selectInTable(io.licensor.model.Receipt receipt) {
        syncing = true;
        try {
            if (receipt == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            ReceiptRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.id().equals(receipt.id())) {
                return; // already selected: no need to look through a million rows
            }
            List<ReceiptRow> rows = table.getItems();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id().equals(receipt.id())) {
                    table.getSelectionModel().clearAndSelect(i);
                    table.scrollTo(Math.max(0, i - 3));
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private void bindTotals() {
        model.totalsProperty().addListener((obs, old, figures) -> showTotals(figures));
        showTotals(model.totalsProperty().get());
        noteLabel.textProperty().bind(Bindings.createStringBinding(this::note, model.dataProperty(),
                model.licenseFilterProperty()));
    }

    private void showTotals(List<Figure> figures) {
        totalsBar.getChildren().clear();
        for (Figure f : figures) {
            Label caption = new Label(f.caption());
            caption.getStyleClass().add("figure-caption");
            Label value = new Label(f.value());
            value.getStyleClass().addAll("figure-value", "figure-" + f.tone().name().toLowerCase(
                    java.util.Locale.ROOT));
            if (f.tone() == Figure.Tone.DANGER) {
                value.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
            } else if (f.tone() == Figure.Tone.SUCCESS) {
                value.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
            }
            VBox box = new VBox(1, caption, value);
            if (!f.secondary().isEmpty()) {
                Label secondary = new Label(f.secondary());
                secondary.getStyleClass().add("figure-secondary");
                box.getChildren().add(secondary);
            }
            box.getStyleClass().add("figure");
            Tooltip tip = new Tooltip(f.tooltip());
            tip.setWrapText(true);
            tip.setMaxWidth(420);
            Tooltip.install(box, tip);
            totalsBar.getChildren().add(box);
        }
    }

    /** Notes under the table: receipts without a report, data taken as given. */
    private String note() {
        ReceiptsData.Notes shown = model.filteredLicense()
                .map(l -> ReceiptsData.Notes.of(List.of(l), ReceiptsData.Notes.SHOWN)).orElse(model.data().notes());
        int unreported = shown.unreported();
        long notes = shown.count();
        List<String> parts = new ArrayList<>();
        if (unreported > 0) {
            parts.add(unreported + (unreported == 1 ? " royalty payment has" : " royalty payments have")
                    + " no reported sales and cannot be checked");
        }
        if (notes > 0) {
            parts.add(notes + (notes == 1 ? " note" : " notes") + " on the data (hover)");
        }
        String text = String.join(" \u00b7 ", parts);
        // the first notes only: a tooltip of thousands of lines took the FX thread long to build and cannot be read
        List<String> lines = new ArrayList<>(shown.first());
        if (notes > lines.size()) {
            lines.add(String.format("... and %,d more (filter one license to see its notes)", notes - lines.size()));
        }
        noteLabel.setTooltip(notes == 0 ? null : new Tooltip(String.join("\n", lines)));
        return text;
    }

    private void bindButtons() {
        addButton.setGraphic(new FontIcon(Feather.PLUS));
        addButton.setTooltip(new Tooltip("Add a receipt (Ctrl+N)"));
        deleteButton.setGraphic(new FontIcon(Feather.TRASH));
        deleteButton.setTooltip(new Tooltip("Delete the selected receipt (Delete); Ctrl+Z brings it back"));
        deleteButton.disableProperty().bind(model.editor().currentProperty().isNull());
    }

    @FXML
    void add() {
        model.editor().add();
        if (model.editor().editingProperty().get()) {
            selectInTable(null);
            editorController.focusFirstField();
        }
    }

    @FXML
    void delete() {
        model.editor().delete();
    }

    void save() {
        model.editor().save();
    }

    /** The table's sorting in the background, for tests and benchmarks that wait for it. */
    BackgroundSort<ReceiptRow> sorting() {
        return sorting;
    }

    /** The table, for the shared "Export as CSV..." menu. */
    TableView<ReceiptRow> table() {
        return table;
    }
}
