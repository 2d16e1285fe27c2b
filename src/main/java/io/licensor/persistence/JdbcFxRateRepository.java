package io.licensor.persistence;

import io.licensor.model.FxRate;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;

final class JdbcFxRateRepository extends JdbcRepository implements FxRateRepository {
    private static final String INSERT = "INSERT INTO fx_rate (currency, rate_date, rate) VALUES (?, ?, ?)";

    JdbcFxRateRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<FxRate> findAll() {
        return query("SELECT currency, rate_date, rate FROM fx_rate ORDER BY currency, rate_date",
                rs -> new FxRate(Sql.currency(rs, "currency"), Sql.date(rs, "rate_date"), Sql.decimal(rs, "rate")));
    }

    @Override
    public void save(FxRate f) {
        if (update("UPDATE fx_rate SET rate = ? WHERE currency = ? AND rate_date = ?", f.rate(), f.currency(),
                f.date()) == 0) {
            update(INSERT, f.currency(), f.date(), f.rate());
        }
    }

    @Override
    public void insertAll(Collection<FxRate> rates) {
        batch(INSERT, rates, f -> new Object[] {f.currency(), f.date(), f.rate()});
    }

    @Override
    public void delete(Currency currency, LocalDate date) {
        update("DELETE FROM fx_rate WHERE currency = ? AND rate_date = ?", currency, date);
    }

    @Override
    public long count() {
        return count("fx_rate");
    }
}
