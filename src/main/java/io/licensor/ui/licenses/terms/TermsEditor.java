package io.licensor.ui.licenses.terms;

import io.licensor.model.RoyaltyBasis;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import io.licensor.ui.assets.FieldFeedback;
import io.licensor.ui.assets.LineEditor;
import io.licensor.ui.common.StyleClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

/**
 * The royalty terms editor: a self-contained form (TermsEditor.fxml) bound to a {@link TermsModel}. Put it in any
 * form (the license editor, the scenario studio) and call {@link #bind(TermsModel)} once. Problems show as ControlsFX
 * decorations on the field and a sentence under it, as you type.
 */
public final class TermsEditor extends VBox {
    @FXML private SearchableComboBox<Currency> currencyBox;
    @FXML private Label currencyMessage;
    @FXML private ComboBox<RoyaltyBasis> basisBox;
    @FXML private VBox tiersBox;
    @FXML private Label tiersHint;
    @FXML private Label tiersMessage;
    @FXML private ComboBox<TierMode> modeBox;
    @FXML private Label modeHint;
    @FXML private ComboBox<TierReset> resetBox;
    @FXML private TextField upfrontField;
    @FXML private TextField advanceField;
    @FXML private Label feesMessage;
    @FXML private TextField minimumField;
    @FXML private TextField capField;
    @FXML private Label yearlyMessage;
    @FXML private TextField withholdingField;
    @FXML private Label withholdingMessage;

    private final FieldFeedback feedback = new FieldFeedback();
    private TermsModel model;

    public TermsEditor() {
        FXMLLoader loader = new FXMLLoader(TermsEditor.class.getResource("TermsEditor.fxml"));
        loader.setRoot(this);
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("TermsEditor.fxml cannot be loaded", e);
        }
    }

    /** Connects the fields to {@code terms}; call once. */
    public void bind(TermsModel terms) {
        if (model != null) {
            throw new IllegalStateException("the terms editor is bound already");
        }
        this.model = terms;
        currencyBox.getItems().setAll(Choices.currencies());
        Choices.show(currencyBox, Choices::describe);
        currencyBox.valueProperty().bindBidirectional(terms.currencyProperty());
        basisBox.getItems().setAll(RoyaltyBasis.values());
        Choices.show(basisBox, b -> b == RoyaltyBasis.UNITS ? "Units sold (money per unit)"
                : b == null ? "" : "Net sales (a percentage)");
        basisBox.valueProperty().bindBidirectional(terms.basisProperty());
        modeBox.getItems().setAll(TierMode.values());
        Choices.show(modeBox, m -> m == TierMode.WHOLE_VOLUME ? "Whole volume" : m == null ? "" : "Marginal");
        modeBox.valueProperty().bindBidirectional(terms.tierModeProperty());
        modeHint.textProperty().bind(Bindings.createStringBinding(
                () -> TermsModel.explain(terms.tierModeProperty().get()), terms.tierModeProperty()));
        resetBox.getItems().setAll(TierReset.values());
        Choices.show(resetBox, r -> r == TierReset.CONTRACT_YEAR ? "Sales of each contract year (restart yearly)"
                : r == null ? "" : "All sales since the license started");
        resetBox.valueProperty().bindBidirectional(terms.tierResetProperty());
        resetBox.setTooltip(new Tooltip(TermsModel.explain(TierReset.NEVER) + "\n"
                + TermsModel.explain(TierReset.CONTRACT_YEAR)));
        tiersHint.textProperty().bind(Bindings.createStringBinding(this::tiersHint, terms.basisProperty(),
                terms.currencyProperty()));
        upfrontField.textProperty().bindBidirectional(terms.upfrontFeeProperty());
        advanceField.textProperty().bindBidirectional(terms.advanceProperty());
        minimumField.textProperty().bindBidirectional(terms.minimumAnnualProperty());
        capField.textProperty().bindBidirectional(terms.annualCapProperty());
        withholdingField.textProperty().bindBidirectional(terms.withholdingProperty());
        tooltips();
        tiersBox.getChildren().add(new LineEditor<>(terms.tiers(), List.of("From", "Rate"), new double[] {0, 0},
                this::tierFields, "Add tier", terms::addTier, () -> feedback.forgetControls("tiers[")));
        // the line editor rebuilds its fields after the model has re-checked: decorate the new fields too
        terms.tiers().addListener((ListChangeListener<TierRow>) c -> feedback.refresh());
        registerFeedback();
        terms.issues().addListener((ListChangeListener<Object>) c -> feedback.show(terms.issues()));
        sceneProperty().addListener((obs, old, scene) -> feedback.refresh());
        feedback.show(terms.issues());
    }

    private String tiersHint() {
        Currency c = model.currencyProperty().get();
        String code = c == null ? "" : c.getCurrencyCode() + " ";
        if (model.basisProperty().get() == RoyaltyBasis.UNITS) {
            return "From: the number of units sold at which a rate starts. Rate: " + code + "per unit.";
        }
        return "From: the net sales (" + code.strip() + ") at which a rate starts. Rate: a percentage of net sales.";
    }

    private void tooltips() {
        upfrontField.setTooltip(new Tooltip("Paid once when the license starts; not set against royalties."));
        advanceField.setTooltip(new Tooltip("Paid when the license starts and recouped from the royalties due "
                + "until used up."));
        minimumField.setTooltip(new Tooltip("The least the licensee pays for each complete contract year: a "
                + "top-up makes up the difference."));
        capField.setTooltip(new Tooltip("The most the licensee pays in royalties for a contract year. Leave empty "
                + "for no cap."));
        withholdingField.setTooltip(new Tooltip("The share the licensee withholds at source (e.g. treaty "
                + "withholding tax) on every payment."));
    }

    private List<Node> tierFields(TierRow row, int index) {
        TextField from = field(row.fromProperty(), index == 0 ? "0" : "100000", "tiers[" + index + "].from");
        if (index == 0) {
            from.setEditable(false);
            from.getStyleClass().add("read-only");
            from.setTooltip(new Tooltip("The first tier always starts at 0."));
        }
        TextField rate = field(row.rateProperty(), model.basisProperty().get() == RoyaltyBasis.UNITS ? "0.40"
                : model.numberText().percent(new java.math.BigDecimal("0.125")), "tiers[" + index + "].rate");
        from.setAccessibleText("Tier " + (index + 1) + " from");
        rate.setAccessibleText("Tier " + (index + 1) + " rate");
        from.setId("tierFrom" + index);
        rate.setId("tierRate" + index);
        return List.of(from, rate);
    }

    private TextField field(StringProperty property, String prompt, String key) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        field.setPromptText(prompt);
        field.setMaxWidth(Double.MAX_VALUE);
        field.getStyleClass().add(StyleClasses.MONEY);
        feedback.control(key, field);
        return field;
    }

    private void registerFeedback() {
        feedback.control("currency", currencyBox);
        feedback.control("upfrontFee", upfrontField);
        feedback.control("advance", advanceField);
        feedback.control("minimumAnnual", minimumField);
        feedback.control("annualCap", capField);
        feedback.control("withholdingRate", withholdingField);
        feedback.messages(currencyMessage, f -> f.equals("currency"));
        feedback.messages(tiersMessage, f -> f.startsWith("tiers"));
        feedback.messages(feesMessage, f -> f.equals("upfrontFee") || f.equals("advance"));
        feedback.messages(yearlyMessage, f -> f.equals("minimumAnnual") || f.equals("annualCap"));
        feedback.messages(withholdingMessage, f -> f.equals("withholdingRate"));
    }

    /** Puts the cursor in the first tier's rate. */
    public void focusFirstRate() {
        Node rate = lookup("#tierRate0");
        if (rate != null) {
            rate.requestFocus();
        }
    }
}
