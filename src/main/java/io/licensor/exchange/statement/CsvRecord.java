package io.licensor.exchange.statement;

/**
 * One CSV record as the tokenizer splits it.
 *
 * @param line   1-based physical line on which the record starts (a quoted field may carry it over several lines)
 * @param fields the fields, unquoted; unquoted fields are stripped of surrounding white space
 */
record CsvRecord(long line, String[] fields) {

    /** A blank line, or a line of nothing but delimiters (exporters pad with them). */
    boolean isBlank() {
        for (String field : fields) {
            if (!field.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return fields.length;
    }

    /** The field at index, or "" when the record is shorter (ragged rows are common in exports). */
    String field(int index) {
        return index < fields.length ? fields[index] : "";
    }
}
