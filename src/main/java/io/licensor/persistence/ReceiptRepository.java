package io.licensor.persistence;

import io.licensor.model.Receipt;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Payments received from licensees. */
public interface ReceiptRepository {
    /** Every receipt, in natural id order. */
    List<Receipt> findAll();

    Optional<Receipt> find(String id);

    /** Inserts the receipt, or replaces it when the id exists. */
    void save(Receipt receipt);

    /** Inserts new receipts in batches (import). */
    void insertAll(Collection<Receipt> receipts);

    void delete(String id);

    long count();

    /** Ids of the license's receipts, in natural order. */
    List<String> idsOfLicense(String licenseId);
}
