package io.licensor.ui.scenarios;

import io.licensor.model.Rate;
import io.licensor.model.Scenario;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The revenue side of a scenario being edited: the licensee's first-year revenue (or units), its yearly growth, the
 * years projected, the discount rate for the NPV and the withholding rate tried out for every structure.
 */
public final class RevenueDraft {
    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private final DecimalInput firstYear = DecimalInput.amount("First-year revenue");
    private final DecimalInput growth = DecimalInput.percent("Annual growth", new BigDecimal("-0.99"),
            new BigDecimal("10"), true);
    private final DecimalInput years = new DecimalInput("Years", false, false, v -> v.stripTrailingZeros().scale() > 0
            ? "must be a whole number" : v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(100)) > 0
            ? "must be 1 to 100" : null);
    private final DecimalInput discount = DecimalInput.percent("Discount rate", MINUS_ONE.add(new BigDecimal("0.01")),
            new BigDecimal("10"), true);
    private final DecimalInput withholding = DecimalInput.percent("Withholding", BigDecimal.ZERO, BigDecimal.ONE,
            false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    RevenueDraft() {
        firstYear.stepProperty().set(new BigDecimal("1000"));
        growth.stepProperty().set(new BigDecimal("0.5"));
        years.stepProperty().set(BigDecimal.ONE);
        discount.stepProperty().set(new BigDecimal("0.5"));
        withholding.stepProperty().set(new BigDecimal("0.5"));
        InvalidationListener tick = o -> revision.set(revision.get() + 1);
        for (DecimalInput in : all()) {
            in.valueProperty().addListener(tick);
            in.problemProperty().addListener(tick);
        }
    }

    void load(Scenario s) {
        firstYear.set(s.firstYearBase());
        growth.set(s.annualGrowth());
        years.set(BigDecimal.valueOf(s.years()));
        discount.set(s.discountRate());
        withholding.set(s.withholding() == null ? BigDecimal.ZERO : s.withholding().value());
    }

    private List<DecimalInput> all() {
        return List.of(firstYear, growth, years, discount, withholding);
    }

    public DecimalInput firstYear() {
        return firstYear;
    }

    public DecimalInput growth() {
        return growth;
    }

    public DecimalInput years() {
        return years;
    }

    public DecimalInput discount() {
        return discount;
    }

    public DecimalInput withholding() {
        return withholding;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    List<String> inputProblems() {
        return Stream.of(firstYear, growth, years, discount, withholding).filter(DecimalInput::hasProblem)
                .map(d -> d.problemProperty().get()).toList();
    }

    int yearCount() {
        return years.value().intValueExact();
    }

    Rate withholdingRate() {
        return new Rate(withholding.value());
    }
}
