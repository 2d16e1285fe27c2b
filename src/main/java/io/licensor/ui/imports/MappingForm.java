package io.licensor.ui.imports;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.Columns;
import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.Grouping;
import io.licensor.exchange.statement.PeriodHint;
import io.licensor.exchange.statement.RowFilter;
import io.licensor.exchange.statement.StatementOptions;
import io.licensor.model.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The column mapping as the wizard edits it: a column (header name, or null) per receipt field, the grouping, the
 * options, and a period for files that give none. Turns into a {@link ColumnMapping} and says in sentences what
 * keeps it from reading the file.
 */
final class MappingForm {

    /** The fields in the order the form shows them. */
    static final List<Field> FIELDS = List.of(Field.PERIOD_END, Field.PERIOD_START, Field.GROSS, Field.WITHHOLDING,
            Field.REPORTED_SALES, Field.UNITS, Field.RECEIVED_ON, Field.LICENSE, Field.CURRENCY);

    private final Map<Field, ObjectProperty<String>> columns = new EnumMap<>(Field.class);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(Grouping.PER_ROW);
    private final BooleanProperty allowNegative = new SimpleBooleanProperty();
    private final BooleanProperty amountsPerUnit = new SimpleBooleanProperty();
    private final BooleanProperty skipOtherCurrencies = new SimpleBooleanProperty();
    private final ObjectProperty<RowFilter> skipRows = new SimpleObjectProperty<>();
    private final BooleanProperty skipRowsOn = new SimpleBooleanProperty();
    private final ObjectProperty<LocalDate> periodStart = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> periodEnd = new SimpleObjectProperty<>();

    MappingForm() {
        for (Field field : Field.values()) {
            columns.put(field, new SimpleObjectProperty<>());
        }
    }

    /** Shows a mapping (the suggestion or a remembered one). */
    void load(ColumnMapping mapping) {
        for (Field field : Field.values()) {
            columns.get(field).set(mapping.columns().get(field));
        }
        grouping.set(mapping.grouping());
        allowNegative.set(mapping.allowNegative());
        amountsPerUnit.set(mapping.amountsPerUnit());
        skipOtherCurrencies.set(mapping.skipOtherCurrencies());
        skipRows.set(mapping.skipRows());
        skipRowsOn.set(mapping.skipRows() != null);
    }

    /** Unmaps columns the file (read again with other options) no longer has. */
    void keepOnly(DetectedFormat format) {
        for (ObjectProperty<String> column : columns.values()) {
            if (column.get() != null && format.columnIndex(column.get()) < 0) {
                column.set(null);
            }
        }
        if (skipRows.get() != null && format.columnIndex(skipRows.get().column()) < 0) {
            skipRows.set(null);
            skipRowsOn.set(false);
        }
    }

    /** The mapping as edited, with the format options given. */
    ColumnMapping mapping(StatementOptions options) {
        Columns chosen = Columns.NONE;
        for (Field field : Field.values()) {
            chosen = chosen.with(field, columns.get(field).get());
        }
        return new ColumnMapping(chosen, grouping.get(), allowNegative.get(), amountsPerUnit.get(),
                skipOtherCurrencies.get(), skipRowsOn.get() ? skipRows.get() : null, options);
    }

    /** The period given for a file without one, or null when not (fully) given or backwards. */
    PeriodHint period() {
        LocalDate start = periodStart.get();
        LocalDate end = periodEnd.get();
        return start == null || end == null || end.isBefore(start) ? null
                : new PeriodHint(start, end, 0, "the period given in the wizard");
    }

    /** True when no column and no title line give the period, so the user must. */
    boolean needsPeriod(DetectedFormat format) {
        return format != null && columns.get(Field.PERIOD_END).get() == null && format.bannerPeriod() == null;
    }

    /** What keeps the mapping from reading the file, as sentences; empty when it can be checked. */
    List<String> problems(DetectedFormat format, StatementOptions options) {
        List<String> out = new ArrayList<>();
        if (format == null) {
            return out;
        }
        boolean periodGiven = period() != null;
        for (Problem p : mapping(options).problems(format, periodGiven)) {
            out.add(sentence(p.message()));
        }
        if (needsPeriod(format) && !periodGiven && periodStart.get() != null && periodEnd.get() != null) {
            out.add("The period ends before it starts.");
        }
        return out;
    }

    private static String sentence(String message) {
        String s = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** Every property, to listen for any change. */
    Observable[] all() {
        List<Observable> all = new ArrayList<>(columns.values());
        all.addAll(List.of(grouping, allowNegative, amountsPerUnit, skipOtherCurrencies, skipRows, skipRowsOn,
                periodStart, periodEnd));
        return all.toArray(Observable[]::new);
    }

    ObjectProperty<String> column(Field field) {
        return columns.get(field);
    }

    ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    BooleanProperty allowNegativeProperty() {
        return allowNegative;
    }

    BooleanProperty amountsPerUnitProperty() {
        return amountsPerUnit;
    }

    BooleanProperty skipOtherCurrenciesProperty() {
        return skipOtherCurrencies;
    }

    ObjectProperty<RowFilter> skipRowsProperty() {
        return skipRows;
    }

    BooleanProperty skipRowsOnProperty() {
        return skipRowsOn;
    }

    ObjectProperty<LocalDate> periodStartProperty() {
        return periodStart;
    }

    ObjectProperty<LocalDate> periodEndProperty() {
        return periodEnd;
    }
}
