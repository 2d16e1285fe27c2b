package io.licensor.persistence;

import io.licensor.model.PortfolioSettings;
import java.sql.Connection;
import java.util.Optional;

final class JdbcSettingsRepository extends JdbcRepository implements SettingsRepository {
    JdbcSettingsRepository(Connection connection) {
        super(connection);
    }

    @Override
    public Optional<PortfolioSettings> find() {
        return queryOne("SELECT name, home_country, reporting_currency FROM settings WHERE id = 1",
                rs -> new PortfolioSettings(rs.getString("name"), Sql.text(rs, "home_country"),
                        Sql.currency(rs, "reporting_currency")));
    }

    @Override
    public void save(PortfolioSettings s) {
        if (update("UPDATE settings SET name = ?, home_country = ?, reporting_currency = ? WHERE id = 1", s.name(),
                s.homeCountry(), s.reportingCurrency()) == 0) {
            update("INSERT INTO settings (id, name, home_country, reporting_currency) VALUES (1, ?, ?, ?)", s.name(),
                    s.homeCountry(), s.reportingCurrency());
        }
    }
}
