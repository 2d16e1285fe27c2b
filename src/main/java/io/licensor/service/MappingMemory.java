package io.licensor.service;

import io.licensor.exchange.statement.ColumnMapping;
import io.licensor.exchange.statement.MappingJson;
import io.licensor.model.InputRejectedException;
import io.licensor.persistence.Repositories;
import io.licensor.persistence.StatementImportRepository.StoredMapping;
import io.licensor.service.StatementSetup.RememberedMapping;
import java.time.LocalDate;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The column mapping remembered per licensee, stored as mapping-file JSON (one format for remembered mappings and
 * {@code --mapping FILE.json}). A stored mapping that no longer reads is ignored (and logged), never an error: it is
 * only a suggestion.
 */
final class MappingMemory {

    private static final Logger LOG = LoggerFactory.getLogger(MappingMemory.class);
    private static final int FILE_NAME_LENGTH = 500;

    private MappingMemory() {
    }

    static Optional<RememberedMapping> find(Repositories r, String licensee) {
        Optional<StoredMapping> stored = r.statementImport().mapping(licensee);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        StoredMapping s = stored.get();
        try {
            ColumnMapping mapping = MappingJson.read("remembered mapping of " + s.licensee(), s.mappingJson());
            return Optional.of(new RememberedMapping(s.licensee(), mapping, s.fileName(), s.savedOn()));
        } catch (InputRejectedException e) {
            LOG.warn("Ignoring the remembered statement mapping of {}: {}", s.licensee(), e.getMessage());
            return Optional.empty();
        }
    }

    static void remember(Repositories r, String licensee, ColumnMapping mapping, String fileName, LocalDate today) {
        String name = fileName == null || fileName.length() <= FILE_NAME_LENGTH ? fileName
                : fileName.substring(0, FILE_NAME_LENGTH);
        r.statementImport().saveMapping(new StoredMapping(licensee, MappingJson.write(mapping), name, today));
    }
}
