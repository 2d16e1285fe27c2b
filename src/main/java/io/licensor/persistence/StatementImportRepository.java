package io.licensor.persistence;

import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * What a statement import reads and writes beside the plain receipt table: the licenses it may import into (id,
 * licensee and currency only, cheap for tens of thousands), the royalty periods already stored (to find likely
 * duplicates), the largest receipt number in use, a streamed batch insert, and the column mapping remembered per
 * licensee (table statement_mapping, V3).
 */
public interface StatementImportRepository {

    /** A license as an import needs it. */
    record LicenseKey(String id, String licensee, Currency currency) {
        public LicenseKey {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(licensee, "licensee");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** The period of a stored ROYALTY receipt. periodStart may be null. */
    record StoredPeriod(String receiptId, String licenseId, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** A remembered mapping: the licensee as written, the mapping file text, the statement it was last used on. */
    record StoredMapping(String licensee, String mappingJson, String fileName, LocalDate savedOn) {
        public StoredMapping {
            Objects.requireNonNull(licensee, "licensee");
            Objects.requireNonNull(mappingJson, "mappingJson");
            Objects.requireNonNull(savedOn, "savedOn");
        }
    }

    /** A license's receipts summed up (all kinds); the dates are null when it has none. */
    record ReceiptSums(long count, BigDecimal gross, BigDecimal withholding, LocalDate firstPeriodEnd,
            LocalDate lastPeriodEnd) {
    }

    /** Every license's id, licensee and currency, in no particular order. */
    List<LicenseKey> licenseKeys();

    /** The periods of the ROYALTY receipts of one license, or of every license when licenseId is null. */
    List<StoredPeriod> royaltyPeriods(String licenseId);

    /** The license's receipts summed up. */
    ReceiptSums sums(String licenseId);

    /** The largest n among receipt ids prefix&lt;n&gt; (digits only after the prefix); 0 when there is none. */
    long largestReceiptNumber(String prefix);

    /**
     * Inserts the receipts in JDBC batches of batchSize, in the current transaction. afterBatch is told how many
     * were sent so far after each batch; it may throw (a cancellation) to stop, and the caller's transaction then
     * rolls back.
     *
     * @return how many were inserted
     */
    long insert(Iterator<Receipt> receipts, int batchSize, LongConsumer afterBatch);

    /** The mapping remembered for the licensee (matched ignoring case and surrounding spaces). */
    Optional<StoredMapping> mapping(String licensee);

    /** Remembers the mapping for the licensee, replacing the one remembered before. */
    void saveMapping(StoredMapping mapping);
}
