package io.licensor.persistence;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.EnforcementKind;
import io.licensor.model.NaturalOrder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class JdbcEnforcementRepository extends JdbcRepository implements EnforcementRepository {
    private static final String COLUMNS = "id, asset_id, license_id, entry_date, entry_kind, cost, recovered, "
            + "currency, note";
    private static final String INSERT = "INSERT INTO enforcement (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE enforcement SET asset_id = ?, license_id = ?, entry_date = ?, "
            + "entry_kind = ?, cost = ?, recovered = ?, currency = ?, note = ? WHERE id = ?";

    JdbcEnforcementRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<EnforcementEntry> findAll() {
        List<EnforcementEntry> all = query("SELECT " + COLUMNS + " FROM enforcement", JdbcEnforcementRepository::entry);
        all.sort(Comparator.comparing(EnforcementEntry::id, NaturalOrder.INSTANCE));
        return all;
    }

    @Override
    public Optional<EnforcementEntry> find(String id) {
        return queryOne("SELECT " + COLUMNS + " FROM enforcement WHERE id = ?", JdbcEnforcementRepository::entry, id);
    }

    @Override
    public void save(EnforcementEntry e) {
        int updated = update(UPDATE, e.assetId(), e.licenseId(), e.date(), e.kind(), e.cost(), e.recovered(),
                e.currency(), e.note(), e.id());
        if (updated == 0) {
            update(INSERT, row(e));
        }
    }

    @Override
    public void insertAll(Collection<EnforcementEntry> entries) {
        batch(INSERT, entries, JdbcEnforcementRepository::row);
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM enforcement WHERE id = ?", id);
    }

    @Override
    public long count() {
        return count("enforcement");
    }

    @Override
    public List<String> idsOfAsset(String assetId) {
        return sorted(strings("SELECT id FROM enforcement WHERE asset_id = ?", assetId));
    }

    @Override
    public List<String> idsOfLicense(String licenseId) {
        return sorted(strings("SELECT id FROM enforcement WHERE license_id = ?", licenseId));
    }

    private static List<String> sorted(List<String> ids) {
        ids.sort(NaturalOrder.INSTANCE);
        return ids;
    }

    private static Object[] row(EnforcementEntry e) {
        return new Object[] {e.id(), e.assetId(), e.licenseId(), e.date(), e.kind(), e.cost(), e.recovered(),
            e.currency(), e.note()};
    }

    private static EnforcementEntry entry(ResultSet rs) throws SQLException {
        return new EnforcementEntry(rs.getString("id"), rs.getString("asset_id"), rs.getString("license_id"),
                Sql.date(rs, "entry_date"), Sql.enumValue(rs, "entry_kind", EnforcementKind.class),
                Sql.decimal(rs, "cost"), Sql.decimal(rs, "recovered"), Sql.currency(rs, "currency"),
                rs.getString("note"));
    }
}
