package io.licensor.exchange.statement;

import java.util.EnumMap;
import java.util.Map;

/**
 * Which column (by header name, as written in the file) feeds each receipt field; null when none does. Columns are
 * named, never numbered, because exporters add and move columns over time. One column may feed two fields (a
 * month column as both period start and period end).
 */
public record Columns(
        String periodEnd,
        String periodStart,
        String reportedSales,
        String units,
        String gross,
        String withholding,
        String receivedOn,
        String license,
        String currency) {

    /** No column mapped. */
    public static final Columns NONE = new Columns(null, null, null, null, null, null, null, null, null);

    public Columns {
        periodEnd = blankToNull(periodEnd);
        periodStart = blankToNull(periodStart);
        reportedSales = blankToNull(reportedSales);
        units = blankToNull(units);
        gross = blankToNull(gross);
        withholding = blankToNull(withholding);
        receivedOn = blankToNull(receivedOn);
        license = blankToNull(license);
        currency = blankToNull(currency);
    }

    private static String blankToNull(String name) {
        return name == null || name.isBlank() ? null : name;
    }

    /** The column feeding a field, or null. */
    public String get(Field field) {
        switch (field) {
            case PERIOD_END:
                return periodEnd;
            case PERIOD_START:
                return periodStart;
            case REPORTED_SALES:
                return reportedSales;
            case UNITS:
                return units;
            case GROSS:
                return gross;
            case WITHHOLDING:
                return withholding;
            case RECEIVED_ON:
                return receivedOn;
            case LICENSE:
                return license;
            default:
                return currency;
        }
    }

    /** A copy with one field's column changed (null to unmap it). */
    public Columns with(Field field, String column) {
        Map<Field, String> all = asMap();
        all.put(field, column);
        return new Columns(all.get(Field.PERIOD_END), all.get(Field.PERIOD_START), all.get(Field.REPORTED_SALES),
                all.get(Field.UNITS), all.get(Field.GROSS), all.get(Field.WITHHOLDING), all.get(Field.RECEIVED_ON),
                all.get(Field.LICENSE), all.get(Field.CURRENCY));
    }

    /** The mapped fields and their columns, in field order. */
    public Map<Field, String> asMap() {
        Map<Field, String> map = new EnumMap<>(Field.class);
        for (Field field : Field.values()) {
            if (get(field) != null) {
                map.put(field, get(field));
            }
        }
        return map;
    }
}
