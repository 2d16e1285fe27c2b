package io.licensor.persistence;

import java.sql.Connection;
import java.util.Optional;

final class JdbcMetaRepository extends JdbcRepository implements MetaRepository {
    JdbcMetaRepository(Connection connection) {
        super(connection);
    }

    @Override
    public Optional<String> get(String key) {
        return queryOne("SELECT meta_value FROM meta WHERE meta_key = ?", rs -> rs.getString(1), key);
    }

    @Override
    public void put(String key, String value) {
        if (update("UPDATE meta SET meta_value = ? WHERE meta_key = ?", value, key) == 0) {
            update("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)", key, value);
        }
    }

    @Override
    public void remove(String key) {
        update("DELETE FROM meta WHERE meta_key = ?", key);
    }
}
