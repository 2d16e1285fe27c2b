package io.licensor.ui.imports;

import io.licensor.exchange.statement.DecimalMark;
import io.licensor.exchange.statement.Delimiter;
import io.licensor.exchange.statement.DetectedFormat;
import io.licensor.exchange.statement.Field;
import io.licensor.exchange.statement.Grouping;
import io.licensor.exchange.statement.ThousandsMark;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The words the wizard uses for format settings, groupings and receipt fields. */
final class FormatWords {

    private static final Map<Field, String> LABELS = Map.of(
            Field.PERIOD_END, "Period end",
            Field.PERIOD_START, "Period start",
            Field.GROSS, "Amount paid",
            Field.WITHHOLDING, "Withholding",
            Field.REPORTED_SALES, "Reported sales",
            Field.UNITS, "Units",
            Field.RECEIVED_ON, "Received on",
            Field.LICENSE, "License",
            Field.CURRENCY, "Currency");

    private static final Map<Field, String> HELP = Map.of(
            Field.PERIOD_END, "The last day of the period a payment is for (or the date of each sale, summed per"
                    + " month). Required unless the file's title or you give the period.",
            Field.PERIOD_START, "The first day of the period. Optional.",
            Field.GROSS, "What the licensee paid you for the period, before tax withheld. Required.",
            Field.WITHHOLDING, "Tax the licensee kept back at source. Optional (0).",
            Field.REPORTED_SALES, "The sales the licensee reported, used to check the royalty. Optional.",
            Field.UNITS, "The units the licensee reported. Optional.",
            Field.RECEIVED_ON, "When the money arrived. Optional: the period end.",
            Field.LICENSE, "A column naming each row's license, for statements covering several licenses.",
            Field.CURRENCY, "The row's currency, checked against the license's.");

    private FormatWords() {
    }

    static String label(Field field) {
        return LABELS.get(field);
    }

    static String help(Field field) {
        return HELP.get(field);
    }

    static String delimiter(Delimiter d) {
        return d.word() + (d == Delimiter.TAB ? "" : " (" + d.symbol() + ")");
    }

    static String decimal(DecimalMark mark) {
        return mark == DecimalMark.POINT ? "point (1.5)" : "comma (1,5)";
    }

    static String thousands(ThousandsMark mark) {
        return switch (mark) {
            case NONE -> "none (1234)";
            case COMMA -> "comma (1,234)";
            case POINT -> "point (1.234)";
            case SPACE -> "space (1 234)";
            case APOSTROPHE -> "apostrophe (1'234)";
        };
    }

    static String grouping(Grouping grouping) {
        return switch (grouping) {
            case PER_ROW -> "One receipt per row";
            case PER_MONTH -> "Sum the rows of each month";
            case PER_QUARTER -> "Sum the rows of each quarter";
            case PER_YEAR -> "Sum the rows of each year";
        };
    }

    /** The detection notes that ask the user to check something. */
    static List<String> warnings(DetectedFormat format) {
        List<String> out = new ArrayList<>();
        for (String note : format.notes()) {
            if (note.contains("check it") || note.contains("check them")) {
                out.add(note.endsWith(".") ? note : note + ".");
            }
        }
        return out;
    }
}
