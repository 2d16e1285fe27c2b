package io.licensor.persistence;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import io.licensor.model.Component;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Owner;
import io.licensor.model.Valuation;
import io.licensor.model.ValuationMethod;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

final class JdbcAssetRepository extends JdbcRepository implements AssetRepository {
    private static final String COLUMNS = "id, title, asset_type, description, registration_number, created_on, "
            + "expires_on, ai_generated, provenance";
    private static final String INSERT = "INSERT INTO asset (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE asset SET title = ?, asset_type = ?, description = ?, "
            + "registration_number = ?, created_on = ?, expires_on = ?, ai_generated = ?, provenance = ? WHERE id = ?";
    private static final List<String> CHILD_TABLES = List.of("asset_jurisdiction", "asset_tag", "asset_owner",
            "asset_valuation", "asset_component");

    JdbcAssetRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<Asset> findAll() {
        return load(null);
    }

    @Override
    public Optional<Asset> find(String id) {
        return load(id).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return !strings("SELECT id FROM asset WHERE id = ?", id).isEmpty();
    }

    @Override
    public void save(Asset a) {
        int updated = update(UPDATE, a.title(), a.type(), a.description(), a.registrationNumber(), a.createdOn(),
                a.expiresOn(), a.aiGenerated(), a.provenance(), a.id());
        if (updated == 0) {
            update(INSERT, row(a));
        } else {
            for (String table : CHILD_TABLES) {
                update("DELETE FROM " + table + " WHERE asset_id = ?", a.id());
            }
        }
        insertChildren(List.of(a));
    }

    @Override
    public void insertAll(Collection<Asset> assets) {
        batch(INSERT, assets, JdbcAssetRepository::row);
        insertChildren(assets);
    }

    @Override
    public void delete(String id) {
        // child rows go with ON DELETE CASCADE
        update("DELETE FROM asset WHERE id = ?", id);
    }

    @Override
    public long count() {
        return count("asset");
    }

    @Override
    public List<String> ids() {
        List<String> ids = strings("SELECT id FROM asset");
        ids.sort(NaturalOrder.INSTANCE);
        return ids;
    }

    private static Object[] row(Asset a) {
        return new Object[] {a.id(), a.title(), a.type(), a.description(), a.registrationNumber(), a.createdOn(),
            a.expiresOn(), a.aiGenerated(), a.provenance()};
    }

    private void insertChildren(Collection<Asset> assets) {
        batch("INSERT INTO asset_jurisdiction (asset_id, position, jurisdiction) VALUES (?, ?, ?)",
                positioned(assets, Asset::jurisdictions), p -> new Object[] {p.assetId, p.position, p.item});
        batch("INSERT INTO asset_tag (asset_id, position, tag) VALUES (?, ?, ?)",
                positioned(assets, Asset::tags), p -> new Object[] {p.assetId, p.position, p.item});
        batch("INSERT INTO asset_owner (asset_id, position, name, share) VALUES (?, ?, ?, ?)",
                positioned(assets, Asset::owners),
                p -> new Object[] {p.assetId, p.position, p.item.name(), p.item.share()});
        batch("INSERT INTO asset_valuation (asset_id, position, as_of, amount, currency, valuation_method) "
                + "VALUES (?, ?, ?, ?, ?, ?)", positioned(assets, Asset::valuations),
                p -> new Object[] {p.assetId, p.position, p.item.asOf(), p.item.amount().amount(),
                    p.item.amount().currency(), p.item.method()});
        batch("INSERT INTO asset_component (asset_id, position, name, component_license) VALUES (?, ?, ?, ?)",
                positioned(assets, Asset::components),
                p -> new Object[] {p.assetId, p.position, p.item.name(), p.item.license()});
    }

    /** One element of an asset's list with its place in that list. */
    private record Positioned<T>(String assetId, int position, T item) {}

    private static <T> List<Positioned<T>> positioned(Collection<Asset> assets,
            Function<Asset, List<T>> list) {
        List<Positioned<T>> out = new ArrayList<>();
        for (Asset a : assets) {
            List<T> items = list.apply(a);
            for (int i = 0; i < items.size(); i++) {
                out.add(new Positioned<>(a.id(), i, items.get(i)));
            }
        }
        return out;
    }

    /** Loads one asset (or all when {@code id} is null) and the children with one query per table. */
    private List<Asset> load(String id) {
        Object[] params = id == null ? new Object[0] : new Object[] {id};
        String where = id == null ? "" : " WHERE asset_id = ?";
        String assetWhere = id == null ? "" : " WHERE id = ?";
        Map<String, List<String>> jurisdictions = children("SELECT asset_id, jurisdiction FROM asset_jurisdiction"
                + where + " ORDER BY asset_id, position", rs -> rs.getString("jurisdiction"), params);
        Map<String, List<String>> tags = children("SELECT asset_id, tag FROM asset_tag" + where
                + " ORDER BY asset_id, position", rs -> rs.getString("tag"), params);
        Map<String, List<Owner>> owners = children("SELECT asset_id, name, share FROM asset_owner" + where
                + " ORDER BY asset_id, position", rs -> new Owner(rs.getString("name"), Sql.decimal(rs, "share")),
                params);
        Map<String, List<Valuation>> valuations = children("SELECT asset_id, as_of, amount, currency, "
                + "valuation_method FROM asset_valuation" + where + " ORDER BY asset_id, position",
                rs -> new Valuation(Sql.date(rs, "as_of"),
                        Money.of(Sql.decimal(rs, "amount"), Sql.currency(rs, "currency")),
                        Sql.enumValue(rs, "valuation_method", ValuationMethod.class)), params);
        Map<String, List<Component>> components = children("SELECT asset_id, name, component_license FROM "
                + "asset_component" + where + " ORDER BY asset_id, position",
                rs -> new Component(rs.getString("name"), rs.getString("component_license")), params);
        List<Asset> assets = query("SELECT " + COLUMNS + " FROM asset" + assetWhere, rs -> {
            String key = rs.getString("id");
            return new Asset(key, rs.getString("title"), Sql.enumValue(rs, "asset_type", AssetType.class),
                    rs.getString("description"), jurisdictions.get(key), rs.getString("registration_number"),
                    Sql.date(rs, "created_on"), Sql.date(rs, "expires_on"), owners.get(key), valuations.get(key),
                    components.get(key), rs.getBoolean("ai_generated"), rs.getString("provenance"), tags.get(key));
        }, params);
        assets.sort(Comparator.comparing(Asset::id, NaturalOrder.INSTANCE));
        return assets;
    }

    private <T> Map<String, List<T>> children(String sql, RowMapper<T> mapper, Object[] params) {
        Map<String, List<T>> byAsset = new HashMap<>();
        each(sql, rs -> byAsset.computeIfAbsent(rs.getString("asset_id"), k -> new ArrayList<>()).add(mapper.map(rs)),
                params);
        return byAsset;
    }
}
