package io.licensor.service;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.DetectedFormat;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an import starts: the file's detected format and the mapping to offer, which is the one remembered for the
 * licensee when it fits the file, else a suggestion from the column names.
 *
 * @param format     the file's format, detected with the options of the mapping
 * @param mapping    the mapping to offer
 * @param remembered the remembered mapping it is, or null when it is a suggestion
 * @param note       in plain words, where the mapping comes from (and why a remembered one was not used)
 */
public record StatementSetup(DetectedFormat format, ColumnMapping mapping, RememberedMapping remembered,
        String note) {

    public StatementSetup {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(note, "note");
    }

    /**
     * A mapping remembered from an earlier import.
     *
     * @param licensee the licensee it is remembered for
     * @param mapping  the mapping
     * @param fileName the statement it was last used for, or null
     * @param savedOn  when
     */
    public record RememberedMapping(String licensee, ColumnMapping mapping, String fileName, LocalDate savedOn) {

        /** "the mapping of your import of acme-q3.csv on 2026-11-27". */
        public String describe() {
            return "the mapping of your import" + (fileName == null ? "" : " of " + fileName) + " on " + savedOn;
        }
    }
}
