package io.licensor.exchange.statement;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

/**
 * Picks the delimiter that splits the most lines into the same number (two or more) of fields, reading quotes the
 * way the tokenizer does, so a comma inside {@code "Jan 3, 2021"} does not count. Ties go to the delimiter giving
 * more fields (a semicolon file whose amounts have decimal commas), then to the order comma, semicolon, tab, pipe.
 */
final class DelimiterDetector {

    private static final int MAX_RECORDS = 60;

    private DelimiterDetector() {
    }

    /** The outcome: the delimiter, and how many lines agreed on how many fields. */
    record Choice(Delimiter delimiter, int agreeing, int fields, int lines) {
        String explain() {
            if (agreeing == 0) {
                return delimiter.word() + " (no delimiter splits the lines: one column assumed)";
            }
            return delimiter.word() + " (" + agreeing + " of the first " + lines + " non-blank lines have " + fields
                    + " fields)";
        }
    }

    static Choice detect(String text, long firstLine) {
        Choice best = null;
        for (Delimiter candidate : Delimiter.values()) {
            Choice choice = score(text, firstLine, candidate);
            if (best == null || choice.agreeing > best.agreeing
                    || choice.agreeing == best.agreeing && choice.fields > best.fields) {
                best = choice;
            }
        }
        return best;
    }

    private static Choice score(String text, long firstLine, Delimiter candidate) {
        Map<Integer, Integer> counts = new HashMap<>();
        int lines = 0;
        CsvTokenizer tokenizer = new CsvTokenizer(new StringReader(text), candidate.symbol(), firstLine);
        try {
            CsvRecord record;
            while (lines < MAX_RECORDS && (record = tokenizer.next()) != null) {
                if (record.isBlank()) {
                    continue;
                }
                lines++;
                if (record.size() >= 2) {
                    counts.merge(record.size(), 1, Integer::sum);
                }
            }
        } catch (CsvFormatException e) {
            // an unclosed quote under this delimiter: judge it on the lines read so far
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        int agreeing = 0;
        int fields = 1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > agreeing || e.getValue() == agreeing && e.getKey() > fields) {
                agreeing = e.getValue();
                fields = e.getKey();
            }
        }
        return new Choice(candidate, agreeing, fields, lines);
    }
}
