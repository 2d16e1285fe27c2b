package io.licensor.ui.imports;

import io.licensor.exchange.statement.DateStyle;
import io.licensor.exchange.statement.DecimalMark;
import io.licensor.exchange.statement.Delimiter;
import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.Grouping;
import io.licensor.exchange.statement.PreviewRow;
import io.licensor.exchange.statement.ThousandsMark;
import io.licensor.ui.common.StyleClasses;
import io.licensor.ui.imports.Choices.Choice;
import java.nio.charset.Charset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Page 2 (ColumnsPage.fxml): format settings as detected with overrides, the preview, the column mapping. */
public final class ColumnsPageController {
    private static final int HEADER_LINES = 30;
    private static final double MAPPING_WIDTH = 330;

    @FXML private BorderPane root;
    @FXML private ComboBox<Choice<Charset>> encodingBox;
    @FXML private ComboBox<Choice<Delimiter>> delimiterBox;
    @FXML private ComboBox<Choice<Integer>> headerBox;
    @FXML private ComboBox<Choice<DecimalMark>> decimalBox;
    @FXML private ComboBox<Choice<ThousandsMark>> thousandsBox;
    @FXML private ComboBox<Choice<DateStyle>> dateBox;
    @FXML private Label checkNote;
    @FXML private SplitPane split;
    @FXML private Label previewTitle;
    @FXML private TableView<PreviewRow> previewTable;
    @FXML private GridPane columnGrid;
    @FXML private Label periodLabel;
    @FXML private HBox periodBox;
    @FXML private DatePicker periodStartPicker;
    @FXML private DatePicker periodEndPicker;
    @FXML private ComboBox<Grouping> groupingBox;
    @FXML private CheckBox perUnitBox;
    @FXML private CheckBox negativeBox;
    @FXML private CheckBox otherCurrenciesBox;
    @FXML private CheckBox skipRowsBox;
    @FXML private VBox problemBox;
    @FXML private Label mappingNote;

    private ImportWizardModel model;
    private PreviewTable preview;
    private MappingGrid grid;

    void bind(ImportWizardModel wizard) {
        this.model = wizard;
        FormatOverrides o = wizard.overrides();
        Choices.bind(encodingBox, o.encodingProperty(), FormatOverrides.ENCODINGS, Charset::name);
        Choices.bind(delimiterBox, o.delimiterProperty(), List.of(Delimiter.values()), FormatWords::delimiter);
        Choices.bind(headerBox, o.headerLineProperty(),
                IntStream.rangeClosed(1, HEADER_LINES).boxed().toList(), n -> "line " + n);
        Choices.bind(decimalBox, o.decimalMarkProperty(), List.of(DecimalMark.values()), FormatWords::decimal);
        Choices.bind(thousandsBox, o.thousandsMarkProperty(), List.of(ThousandsMark.values()),
                FormatWords::thousands);
        Choices.bind(dateBox, o.dateStyleProperty(), List.of(DateStyle.values()), DateStyle::label);
        keepMappingWidth();
        preview = new PreviewTable(previewTable, wizard.form());
        grid = new MappingGrid(columnGrid, wizard.form());
        bindOptions(wizard.form());
        wizard.formatProperty().addListener((obs, old, format) -> show(format));
        wizard.mappingProblems().addListener((ListChangeListener<String>) c -> showProblems());
        mappingNote.textProperty().bind(wizard.mappingNoteProperty());
    }

    /** The mapping pane keeps its width as the window grows; the preview takes the rest. */
    private void keepMappingWidth() {
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > MAPPING_WIDTH * 2) {
                    split.setDividerPositions(1 - MAPPING_WIDTH / width.doubleValue());
                    split.widthProperty().removeListener(this);
                }
            }
        });
    }

    private void bindOptions(MappingForm form) {
        groupingBox.getItems().setAll(Grouping.values());
        groupingBox.setButtonCell(new GroupingCell());
        groupingBox.setCellFactory(list -> new GroupingCell());
        groupingBox.valueProperty().bindBidirectional(form.groupingProperty());
        perUnitBox.selectedProperty().bindBidirectional(form.amountsPerUnitProperty());
        negativeBox.selectedProperty().bindBidirectional(form.allowNegativeProperty());
        otherCurrenciesBox.selectedProperty().bindBidirectional(form.skipOtherCurrenciesProperty());
        skipRowsBox.selectedProperty().bindBidirectional(form.skipRowsOnProperty());
        skipRowsBox.textProperty().bind(Bindings.createStringBinding(() -> form.skipRowsProperty().get() == null
                ? "" : "Leave out rows whose '" + form.skipRowsProperty().get().column() + "' is "
                        + String.join(", ", form.skipRowsProperty().get().values()) + " (money moving out)",
                form.skipRowsProperty()));
        skipRowsBox.visibleProperty().bind(form.skipRowsProperty().isNotNull());
        skipRowsBox.managedProperty().bind(skipRowsBox.visibleProperty());
        periodStartPicker.valueProperty().bindBidirectional(form.periodStartProperty());
        periodEndPicker.valueProperty().bindBidirectional(form.periodEndProperty());
        var needsPeriod = Bindings.createBooleanBinding(() -> form.needsPeriod(model.formatProperty().get()),
                form.column(Field.PERIOD_END), model.formatProperty());
        for (var node : List.of(periodLabel, periodBox)) {
            node.visibleProperty().bind(needsPeriod);
            node.managedProperty().bind(needsPeriod);
        }
    }

    private void show(DetectedFormat format) {
        if (format == null) {
            return;
        }
        Choices.showDetected(encodingBox, format.encoding().charset().name());
        Choices.showDetected(delimiterBox, FormatWords.delimiter(format.delimiter()));
        Choices.showDetected(headerBox, "line " + format.headerLine());
        Choices.showDetected(decimalBox, FormatWords.decimal(format.decimalMark()));
        Choices.showDetected(thousandsBox, FormatWords.thousands(format.thousandsMark()));
        Choices.showDetected(dateBox, format.dateStyle() == null ? "no dates" : format.dateStyle().label());
        List<String> warnings = FormatWords.warnings(format);
        checkNote.setText(warnings.isEmpty() ? "Detected from the first rows. If the preview looks wrong, change a"
                + " setting above and the file is read again." : String.join("  ", warnings));
        checkNote.getStyleClass().remove("muted");
        if (warnings.isEmpty()) {
            checkNote.getStyleClass().add("muted");
        }
        checkNote.setGraphic(warnings.isEmpty() ? null : new FontIcon(Feather.ALERT_TRIANGLE));
        checkNote.setTooltip(new Tooltip(String.join("\n", format.notes())));
        previewTitle.setText("The first " + format.preview().size() + " rows of the file (column names on line "
                + format.headerLine() + ")");
        preview.show(format);
        grid.show(format);
    }

    private void showProblems() {
        problemBox.getChildren().setAll(model.mappingProblems().stream().map(text -> {
            Label label = new Label(text, new FontIcon(Feather.X_CIRCLE));
            label.setWrapText(true);
            label.getStyleClass().add(StyleClasses.FIELD_MESSAGE);
            return label;
        }).collect(Collectors.toList()));
    }

    /** "One receipt per row", "Sum the rows of each month" ... */
    private static final class GroupingCell extends ListCell<Grouping> {
        @Override
        protected void updateItem(Grouping item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : FormatWords.grouping(item));
        }
    }
}
