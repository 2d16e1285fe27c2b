package io.licensor.persistence;

import io.licensor.model.FxRate;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

/** Exchange rates into the reporting currency, one per currency and date. */
public interface FxRateRepository {
    /** Every rate, by currency code and then date. */
    List<FxRate> findAll();

    /** Inserts the rate, or replaces the rate of the same currency and date. */
    void save(FxRate rate);

    /** Inserts new rates in batches (import). */
    void insertAll(Collection<FxRate> rates);

    void delete(Currency currency, LocalDate date);

    long count();
}
