package io.licensor.exchange.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The decimal mark, thousands separator and date style decided from the profiled rows and the user's options. */
record FormatChoices(DecimalMark decimal, ThousandsMark thousands, DateStyle dateStyle, boolean decimalGuessed,
        boolean dateAmbiguous) {

    static FormatChoices decide(ColumnProfiler profiler, Delimiter delimiter, StatementOptions options,
            List<String> notes) {
        NumberEvidence evidence = profiler.numberEvidence();
        DecimalMark decimal = options.decimalMark();
        boolean guessed = false;
        if (decimal != null) {
            notes.add("Decimal mark: '" + decimal.symbol() + "' (set by you)");
        } else if (evidence.pointVotes() != evidence.commaVotes()) {
            decimal = evidence.pointVotes() > evidence.commaVotes() ? DecimalMark.POINT : DecimalMark.COMMA;
            notes.add("Decimal mark: '" + decimal.symbol() + "' (" + Math.max(evidence.pointVotes(),
                    evidence.commaVotes()) + " amounts show it" + (Math.min(evidence.pointVotes(),
                    evidence.commaVotes()) > 0 ? "; " + Math.min(evidence.pointVotes(), evidence.commaVotes())
                    + " suggest the other mark, check them" : "") + ")");
        } else {
            // semicolon files come from spreadsheets in countries where the comma is the decimal mark
            decimal = delimiter == Delimiter.SEMICOLON ? DecimalMark.COMMA : DecimalMark.POINT;
            guessed = true;
            notes.add("Decimal mark: '" + decimal.symbol() + "' assumed: no amount in the first rows shows which"
                    + " mark is used" + (evidence.ambiguous() > 0 ? " (values like 1,234 could be either)" : "")
                    + "; check it");
        }
        ThousandsMark thousands = options.thousandsMark();
        if (thousands == null) {
            ThousandsMark seen = evidence.thousandsFor(decimal);
            thousands = seen != null ? seen : decimal.usualThousands();
            notes.add("Thousands separator: " + describe(thousands) + (seen != null ? " (seen in amounts)"
                    : " (the usual partner of the decimal mark; groups of three digits are checked)"));
        } else {
            notes.add("Thousands separator: " + describe(thousands) + " (set by you)");
        }
        return withDates(profiler, options, notes, decimal, thousands, guessed);
    }

    private static FormatChoices withDates(ColumnProfiler profiler, StatementOptions options, List<String> notes,
            DecimalMark decimal, ThousandsMark thousands, boolean guessed) {
        if (options.dateStyle() != null) {
            notes.add("Dates: " + options.dateStyle().label() + " (set by you)");
            return new FormatChoices(decimal, thousands, options.dateStyle(), guessed, false);
        }
        Map<DateStyle, Integer> votes = profiler.dateVotes();
        int best = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best == 0) {
            notes.add("Dates: no column of dates found in the first rows");
            return new FormatChoices(decimal, thousands, null, guessed, false);
        }
        List<DateStyle> top = new ArrayList<>();
        votes.forEach((style, n) -> {
            if (n == best) {
                top.add(style);
            }
        });
        int cells = profiler.dateCellCount();
        if (top.contains(DateStyle.MDY) && top.contains(DateStyle.DMY)) {
            DateStyle style = decimal == DecimalMark.COMMA ? DateStyle.DMY : DateStyle.MDY;
            notes.add("Dates: " + style.label() + " assumed: in all " + cells + " dates of the first rows day and"
                    + " month are 12 or less, so either could come first; check it");
            return new FormatChoices(decimal, thousands, style, guessed, true);
        }
        DateStyle style = top.get(0);
        String unread = best < cells ? "; " + (cells - best) + " of " + cells + " dates do not fit it, check them"
                : "";
        notes.add("Dates: " + style.label() + " (" + best + " dates in the first rows" + unread + ")");
        return new FormatChoices(decimal, thousands, style, guessed, false);
    }

    private static String describe(ThousandsMark mark) {
        switch (mark) {
            case NONE:
                return "none";
            case SPACE:
                return "space";
            default:
                return "'" + mark.symbol() + "'";
        }
    }
}
