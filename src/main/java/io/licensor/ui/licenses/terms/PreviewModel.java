package io.licensor.ui.licenses.terms;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.ui.common.Formats;
import io.licensor.ui.licenses.terms.PreviewCalculation.Point;
import io.licensor.ui.licenses.terms.PreviewCalculation.YearFigures;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The live preview under the terms editor: for the terms as typed, the curve of royalty against the licensee's sales
 * over one contract year, the thresholds to mark, and the sentence "This would earn X on Y of sales" for a sales
 * figure Y the user can change. Every figure is the royalty engine's ({@link PreviewCalculation}). Recomputed on each
 * change of the terms or of Y: about 130 one-period engine runs, well under a frame (see PreviewBenchmark).
 */
public final class PreviewModel {
    /** Y when the license has no reported sales to start from. */
    public static final BigDecimal DEFAULT_SALES = new BigDecimal(100_000);

    /** What the chart draws. Empty lists when the terms are not valid yet. */
    public record Chart(List<Point> payable, List<Point> dueBeforeAdvance, List<Tier> thresholds, BigDecimal upper,
            BigDecimal chosen) {
        public static final Chart EMPTY = new Chart(List.of(), List.of(), List.of(), DEFAULT_SALES, null);
    }

    private final ObjectProperty<RoyaltyTerms> terms = new SimpleObjectProperty<>();
    private final StringProperty sales = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Chart> chart = new ReadOnlyObjectWrapper<>(Chart.EMPTY);
    private final ReadOnlyObjectWrapper<YearFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper salesProblem = new ReadOnlyStringWrapper("");
    private final NumberText text;
    private BiFunction<BigDecimal, Currency, Optional<Money>> toReporting = (amount, currency) -> Optional.empty();
    private PreviewCalculation calculation;

    public PreviewModel(NumberText text) {
        this.text = text;
        terms.addListener(o -> recompute(true));
        sales.addListener(o -> recompute(false));
        recompute(true);
    }

    /**
     * How an amount in the terms' currency reads in the reporting currency (empty when it is the same currency or no
     * rate is known): the sentence then adds "about 1,234.00 USD".
     */
    public void setReportingConversion(BiFunction<BigDecimal, Currency, Optional<Money>> conversion) {
        this.toReporting = conversion;
        recompute(false);
    }

    /** Puts {@code value} (null: 100,000) into the sales field, e.g. the license's reported sales of a year. */
    public void suggestSales(BigDecimal value) {
        BigDecimal plain = (value == null ? DEFAULT_SALES : value).stripTrailingZeros();
        sales.set(text.decimal(plain.scale() < 0 ? plain.setScale(0) : plain));
    }

    private void recompute(boolean termsChanged) {
        RoyaltyTerms t = terms.get();
        if (termsChanged) {
            calculation = t == null ? null : new PreviewCalculation(t);
        }
        BigDecimal y = text.parseDecimal(sales.get());
        salesProblem.set(y == null ? "Type the sales of a year as a number, like " + text.decimal(DEFAULT_SALES)
                : y.signum() < 0 ? "Sales cannot be negative." : "");
        if (calculation == null) {
            chart.set(Chart.EMPTY);
            figures.set(null);
            sentence.set("Complete the terms above to see what they would earn.");
            return;
        }
        BigDecimal chosen = y == null || y.signum() < 0 ? null : y;
        BigDecimal upper = calculation.upperEnd(chosen);
        boolean advance = calculation.terms().advance().isPositive();
        chart.set(new Chart(calculation.curve(upper, false), advance ? calculation.curve(upper, true) : List.of(),
                calculation.thresholds(), upper, chosen));
        if (chosen == null) {
            figures.set(null);
            sentence.set("");
            return;
        }
        YearFigures year = calculation.year(chosen);
        figures.set(year);
        sentence.set(describe(year));
    }

    /** "This would earn 16,000.00 USD on 200,000.00 USD of sales in a contract year: an effective rate of 8 %." */
    String describe(YearFigures y) {
        RoyaltyTerms t = calculation.terms();
        Currency c = t.currency();
        StringBuilder s = new StringBuilder("This would earn ").append(money(y.payable(), c));
        toReporting.apply(y.payable(), c).ifPresent(m -> s.append(" (about ").append(Formats.money(m)).append(')'));
        boolean units = t.basis() == RoyaltyBasis.UNITS;
        s.append(" on ").append(units ? units(y.sales()) + " units" : money(y.sales(), c) + " of sales")
                .append(" in a contract year");
        if (y.sales().signum() > 0) {
            BigDecimal average = y.payable().divide(y.sales(), MathContext.DECIMAL64);
            s.append(units ? ": " + money(average.setScale(Math.max(4, Money.minorUnits(c)),
                    java.math.RoundingMode.HALF_EVEN).stripTrailingZeros(), c) + " per unit on average"
                    : ": an effective rate of " + Formats.percent(average));
        }
        s.append('.');
        List<String> notes = new ArrayList<>();
        if (y.capped().compareTo(y.earned()) < 0) {
            notes.add("capped at " + money(t.annualCap().amount(), c));
        }
        if (y.minimumTopUp().signum() > 0) {
            notes.add("including a minimum top-up of " + money(y.minimumTopUp(), c));
        }
        if (y.recouped().signum() > 0) {
            notes.add("after " + money(y.recouped(), c) + " of the advance is recouped");
        }
        if (!notes.isEmpty()) {
            s.append(" The royalty is ").append(String.join(", ", notes)).append('.');
        }
        return s.toString();
    }

    private static String money(BigDecimal amount, Currency currency) {
        return Formats.money(Money.of(amount, currency));
    }

    private String units(BigDecimal units) {
        NumberFormat format = NumberFormat.getNumberInstance(text.locale());
        format.setMaximumFractionDigits(6);
        return format.format(units);
    }

    /** The terms to preview; null shows nothing. */
    public ObjectProperty<RoyaltyTerms> termsProperty() {
        return terms;
    }

    /** The sales (units for UNITS terms) of a contract year, as typed. */
    public StringProperty salesProperty() {
        return sales;
    }

    public ReadOnlyObjectProperty<Chart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** The engine's figures for the typed sales; null when there are none. */
    public ReadOnlyObjectProperty<YearFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** "This would earn X on Y of sales ...", empty while Y is not a number. */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Why the typed sales cannot be used; empty when they can. */
    public ReadOnlyStringProperty salesProblemProperty() {
        return salesProblem.getReadOnlyProperty();
    }

    /** The exact payable for {@code sales} under the current terms (for the chart's hover tooltip); empty without. */
    public Optional<BigDecimal> payableAt(BigDecimal sales) {
        return calculation == null || sales.signum() < 0 ? Optional.empty()
                : Optional.of(calculation.payable(sales));
    }

    /** The terms' currency, or null without terms. */
    public Currency currency() {
        return calculation == null ? null : calculation.terms().currency();
    }

    /** True when the terms count units rather than net sales. */
    public boolean isUnits() {
        return calculation != null && calculation.terms().basis() == RoyaltyBasis.UNITS;
    }
}
