package io.licensor.exchange.statement;

import java.util.List;

/**
 * One of the first rows after the header, for the import wizard's preview.
 *
 * @param line  1-based physical line in the file
 * @param cells the cells as text
 */
public record PreviewRow(long line, List<String> cells) {

    public PreviewRow {
        cells = List.copyOf(cells);
    }
}
