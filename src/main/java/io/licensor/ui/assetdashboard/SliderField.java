package io.licensor.ui.assetdashboard;

import io.licensor.ui.common.Formats;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

/**
 * A slider for quick changes with a text field beside it for the exact value, both bound two ways to one exact
 * {@link BigDecimal} property: dragging sets a rounded value (whole units, tenths of a percent, whole years), typing
 * sets exactly what was typed (Enter or leaving the field), and a typed value outside the slider's range is kept (the
 * slider then rests at its end). Text that is not a number is refused with a sentence under the field.
 */
public final class SliderField {

    /** What the number is, for display, typing and rounding. */
    public enum Kind {
        /** Money or another amount: whole units, grouped. */
        AMOUNT,
        /** A fraction shown and typed as a percentage, moved in tenths of a percent. */
        PERCENT,
        /** A count: whole numbers. */
        WHOLE
    }

    private final Kind kind;
    private final ObjectProperty<BigDecimal> value;
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label message = new Label();
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    private boolean syncing;

    /**
     * @param min, max the slider's range in shown units (percent for PERCENT)
     */
    public SliderField(ObjectProperty<BigDecimal> value, Kind kind, double min, double max) {
        this.value = value;
        this.kind = kind;
        this.slider = new Slider(min, max, min);
        slider.getStyleClass().add("slider-field");
        if (kind == Kind.WHOLE) {
            slider.setMajorTickUnit(1);
            slider.setMinorTickCount(0);
            slider.setSnapToTicks(true);
            slider.setBlockIncrement(1);
        } else {
            slider.setBlockIncrement((max - min) / 100);
        }
        field.getStyleClass().add("money");
        field.setPrefColumnCount(9);
        message.getStyleClass().add("field-message");
        message.setWrapText(true);
        message.setVisible(false);
        message.setManaged(false);
        slider.valueProperty().addListener((obs, old, shown) -> {
            if (!syncing) {
                set(fromSlider(shown.doubleValue()));
            }
        });
        value.addListener((obs, old, now) -> show(now));
        field.setOnAction(e -> commitText());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commitText();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                show(value.get());
            }
        });
        show(value.get());
    }

    private void set(BigDecimal next) {
        value.set(next);
    }

    private BigDecimal fromSlider(double shown) {
        return switch (kind) {
            case AMOUNT, WHOLE -> BigDecimal.valueOf(shown).setScale(0, RoundingMode.HALF_EVEN);
            case PERCENT -> BigDecimal.valueOf(shown).setScale(1, RoundingMode.HALF_EVEN).movePointLeft(2);
        };
    }

    private void show(BigDecimal now) {
        syncing = true;
        try {
            if (now != null) {
                slider.setValue(kind == Kind.PERCENT ? now.movePointRight(2).doubleValue() : now.doubleValue());
            }
            field.setText(format(now));
            message.setVisible(false);
            message.setManaged(false);
        } finally {
            syncing = false;
        }
    }

    private String format(BigDecimal v) {
        if (v == null) {
            return "";
        }
        return switch (kind) {
            case PERCENT -> Formats.percentInput(v) + " %";
            case WHOLE -> v.stripTrailingZeros().toPlainString();
            case AMOUNT -> {
                NumberFormat format = NumberFormat.getNumberInstance(locale);
                format.setMaximumFractionDigits(Math.max(0, v.stripTrailingZeros().scale()));
                yield format.format(v);
            }
        };
    }

    /** Reads the field; a refused text leaves the value as it was and says why. */
    public void commitText() {
        Function<String, BigDecimal> parse = kind == Kind.PERCENT ? t -> DecimalText.percent(t, locale)
                : t -> DecimalText.parse(t, locale);
        BigDecimal typed = parse.apply(field.getText());
        if (typed == null || (kind == Kind.WHOLE && typed.stripTrailingZeros().scale() > 0)) {
            message.setText(kind == Kind.PERCENT ? "Type a percentage, e.g. 12.5 %"
                    : kind == Kind.WHOLE ? "Type a whole number, e.g. 5" : "Type an amount, e.g. 120,000");
            message.setVisible(true);
            message.setManaged(true);
            return;
        }
        if (value.get() != null && typed.compareTo(value.get()) == 0) {
            show(value.get());
            return;
        }
        set(typed);
    }

    public Slider slider() {
        return slider;
    }

    public TextField field() {
        return field;
    }

    /** The sentence shown under the field when its text is refused. */
    public Label message() {
        return message;
    }
}
