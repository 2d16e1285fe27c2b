package io.licensor.ui.reports;

import io.licensor.model.Asset;
import io.licensor.model.License;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** The small dialog of File > Export report...: report kind, license or asset, dates. Bound to a {@link ReportForm}. */
final class ReportDialog {
    static final ButtonType CHOOSE_FILE = new ButtonType("Choose file...", ButtonBar.ButtonData.OK_DONE);

    private ReportDialog() {}

    static Dialog<ButtonType> create(Window owner, ReportForm form, List<License> licenses, List<Asset> assets) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export report");
        dialog.setHeaderText("Write a PDF royalty statement or asset report");
        dialog.getDialogPane().getButtonTypes().setAll(CHOOSE_FILE, ButtonType.CANCEL);

        ToggleGroup kinds = new ToggleGroup();
        RadioButton statement = radio("Royalty statement of a license", kinds, ReportForm.Kind.STATEMENT);
        RadioButton asset = radio("Report on an asset", kinds, ReportForm.Kind.ASSET);
        kinds.selectToggle(form.kindProperty().get() == ReportForm.Kind.ASSET ? asset : statement);
        kinds.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                form.kindProperty().set((ReportForm.Kind) now.getUserData());
            }
        });

        Map<String, String> licensees = licenses.stream().collect(Collectors.toMap(License::id, License::licensee));
        ComboBox<String> license = combo(licenses.stream().map(License::id).toList(),
                id -> id + " \u2013 " + licensees.get(id));
        license.valueProperty().bindBidirectional(form.licenseIdProperty());
        Map<String, String> titles = assets.stream().collect(Collectors.toMap(Asset::id, Asset::title));
        ComboBox<String> assetBox = combo(assets.stream().map(Asset::id).toList(), id -> id + " \u2013 " + titles.get(id));
        assetBox.valueProperty().bindBidirectional(form.assetIdProperty());
        DatePicker from = date(form.fromProperty(), "license-start");
        DatePicker to = date(form.toProperty(), "to");
        DatePicker asOf = date(form.asOfProperty(), "as-of");
        from.setPromptText("first period");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Report"), new HBox(16, statement, asset));
        Label problem = new Label();
        problem.getStyleClass().add("text-muted");
        Node[] statementRow = {new Label("License"), license};
        Node[] rangeRow = {new Label("Periods ending"), new HBox(8, from, new Label("to"), to)};
        Node[] assetRow = {new Label("Asset"), assetBox};
        Node[] asOfRow = {new Label("As of"), asOf};
        grid.addRow(1, statementRow);
        grid.addRow(2, rangeRow);
        grid.addRow(3, assetRow);
        grid.addRow(4, asOfRow);
        grid.add(problem, 1, 5);
        Runnable showKind = () -> {
            boolean isStatement = form.kindProperty().get() == ReportForm.Kind.STATEMENT;
            for (Node n : List.of(statementRow[0], statementRow[1], rangeRow[0], rangeRow[1])) {
                n.setVisible(isStatement);
                n.setManaged(isStatement);
            }
            for (Node n : List.of(assetRow[0], assetRow[1], asOfRow[0], asOfRow[1])) {
                n.setVisible(!isStatement);
                n.setManaged(!isStatement);
            }
        };
        form.kindProperty().addListener((o, old, now) -> showKind.run());
        showKind.run();
        problem.textProperty().bind(Bindings.createStringBinding(() -> form.problem().orElse(""),
                form.kindProperty(), form.licenseIdProperty(), form.assetIdProperty(), form.fromProperty(),
                form.toProperty()));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(CHOOSE_FILE).disableProperty().bind(problem.textProperty().isNotEmpty());
        return dialog;
    }

    private static RadioButton radio(String text, ToggleGroup group, ReportForm.Kind kind) {
        RadioButton b = new RadioButton(text);
        b.setToggleGroup(group);
        b.setUserData(kind);
        b.setId("report-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        return b;
    }

    private static ComboBox<String> combo(List<String> ids, Function<String, String> words) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(ids);
        box.setPrefWidth(340);
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : words.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    private static DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> value, String id) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }
}
