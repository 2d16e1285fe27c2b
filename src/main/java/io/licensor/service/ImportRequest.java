package io.licensor.service;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.PeriodHint;
import io.licensor.exchange.statement.StatementSource;
import java.util.Objects;

/**
 * A statement to import and how: the file, the column mapping, the license its rows are for, and a period for
 * files that give none.
 *
 * @param source         the statement file
 * @param mapping        which columns feed which receipt fields, and the format options the user set
 * @param defaultLicense the license of every row, or of the rows whose license column is empty when the mapping has
 *                       a license column; null when every row must name its license
 * @param period         the period of every row when no column (and no title line) gives one, or null
 */
public record ImportRequest(StatementSource source, ColumnMapping mapping, String defaultLicense,
        PeriodHint period) {

    public ImportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(mapping, "mapping");
    }
}
