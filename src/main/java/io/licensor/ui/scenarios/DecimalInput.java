package io.licensor.ui.scenarios;

import io.licensor.ui.assets.Decimals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One number of the studio that a slider drags and a text field types, kept in step (the presentation side of a
 * slider + field pair; no Node). The text may be exact to any decimal the field allows; a slider only sets values on
 * its step (a whole percent tenth, a round amount), so dragging gives tidy numbers and typing gives exact ones.
 * Text that is not a valid value leaves {@link #valueProperty()} at the last valid value and sets
 * {@link #problemProperty()} to a sentence saying why. Percentages are shown and typed as percent (12.5 for 0.125).
 */
public final class DecimalInput {
    private final String name;
    private final boolean percent;
    private final boolean optional;
    private final Function<BigDecimal, String> check;
    private final ObjectProperty<BigDecimal> step = new SimpleObjectProperty<>(BigDecimal.ONE);
    private final ReadOnlyObjectWrapper<BigDecimal> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    /**
     * @param name     what the number is, for messages ("Tier 2 rate")
     * @param percent  true when the value is a fraction shown as a percentage
     * @param optional true when a blank field is allowed (value null: "no cap")
     * @param check    the value's rule: null when fine, else a sentence ("must be at least 0")
     */
    public DecimalInput(String name, boolean percent, boolean optional, Function<BigDecimal, String> check) {
        this.name = name;
        this.percent = percent;
        this.optional = optional;
        this.check = check;
    }

    /** Money and counts: not negative. */
    public static DecimalInput amount(String name) {
        return new DecimalInput(name, false, false, v -> v.signum() < 0 ? "cannot be negative" : null);
    }

    /** A fraction typed as percent, {@code min <= value <= max} (as fractions). */
    public static DecimalInput percent(String name, BigDecimal min, BigDecimal max, boolean maxInclusive) {
        return new DecimalInput(name, true, false, v -> {
            if (v.compareTo(min) < 0) {
                return "must be at least " + plain(min.movePointRight(2)) + " %";
            }
            int c = v.compareTo(max);
            if (c > 0 || (c == 0 && !maxInclusive)) {
                return "must be " + (maxInclusive ? "at most " : "less than ") + plain(max.movePointRight(2)) + " %";
            }
            return null;
        });
    }

    public String name() {
        return name;
    }

    public boolean isPercent() {
        return percent;
    }

    public boolean isOptional() {
        return optional;
    }

    /** The last valid value (a fraction for percentages); null only for an optional input left blank. */
    public ReadOnlyObjectProperty<BigDecimal> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public BigDecimal value() {
        return value.get();
    }

    /** What the field shows. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Empty when the text is a valid value, else the sentence to show under the field. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean hasProblem() {
        return !problem.get().isEmpty();
    }

    /** The slider's step in the shown unit (percent points for percentages). */
    public ObjectProperty<BigDecimal> stepProperty() {
        return step;
    }

    /** Sets the value exactly (loading a scenario): text and value follow, any problem is cleared. */
    public void set(BigDecimal newValue) {
        problem.set("");
        text.set(newValue == null ? "" : percent ? plain(newValue.movePointRight(2)) : grouped(newValue));
        value.set(newValue == null ? null : normalise(newValue));
    }

    /** What the user typed: parsed exactly (plain or in the locale's form), checked, and taken when valid. */
    public void type(String typed) {
        text.set(typed == null ? "" : typed);
        if (typed == null || typed.isBlank()) {
            if (optional) {
                problem.set("");
                value.set(null);
            } else {
                problem.set(name + " is required");
            }
            return;
        }
        BigDecimal parsed = Decimals.parse(typed, Locale.getDefault(Locale.Category.FORMAT));
        if (parsed == null) {
            problem.set(name + ": \"" + typed.strip() + "\" is not a number");
            return;
        }
        BigDecimal candidate = percent ? parsed.movePointLeft(2) : parsed;
        String why = check.apply(candidate);
        if (why != null) {
            problem.set(name + " " + why);
            return;
        }
        problem.set("");
        value.set(normalise(candidate));
    }

    /** A slider position in the shown unit: snapped to the step, then taken like typed text. */
    public void slide(double shown) {
        BigDecimal s = step.get();
        BigDecimal snapped = BigDecimal.valueOf(shown).divide(s, 0, RoundingMode.HALF_EVEN).multiply(s);
        BigDecimal candidate = percent ? snapped.movePointLeft(2) : snapped;
        if (check.apply(candidate) != null) {
            return; // the slider's range is the rule's; an out-of-range pixel is not an edit
        }
        if (value.get() != null && value.get().compareTo(candidate) == 0 && !hasProblem()) {
            return;
        }
        set(candidate);
    }

    /** The value in the shown unit as a slider position (0 for none). */
    public double shown() {
        BigDecimal v = value.get();
        return v == null ? 0 : (percent ? v.movePointRight(2) : v).doubleValue();
    }

    /** 300000 as "300,000" (in the user's locale), every decimal kept: an amount reads at a glance. */
    static String grouped(BigDecimal v) {
        BigDecimal n = normalise(v);
        NumberFormat f = NumberFormat.getNumberInstance(Locale.getDefault(Locale.Category.FORMAT));
        f.setGroupingUsed(true);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    static String plain(BigDecimal v) {
        return normalise(v).toPlainString();
    }

    private static BigDecimal normalise(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
