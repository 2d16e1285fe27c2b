package io.licensor.persistence;

import io.licensor.model.License;
import io.licensor.model.Money;
import io.licensor.model.NaturalOrder;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcLicenseRepository extends JdbcRepository implements LicenseRepository {
    private static final String COLUMNS = "id, licensee, licensee_country, start_date, end_date, exclusive, "
            + "territory, field_of_use, renewal_of, currency, upfront_fee, advance, basis, tier_mode, tier_reset, "
            + "minimum_annual, annual_cap, withholding_rate";
    private static final String INSERT = "INSERT INTO license (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE license SET licensee = ?, licensee_country = ?, start_date = ?, "
            + "end_date = ?, exclusive = ?, territory = ?, field_of_use = ?, renewal_of = ?, currency = ?, "
            + "upfront_fee = ?, advance = ?, basis = ?, tier_mode = ?, tier_reset = ?, minimum_annual = ?, "
            + "annual_cap = ?, withholding_rate = ? WHERE id = ?";

    JdbcLicenseRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<License> findAll() {
        return load(null);
    }

    @Override
    public Optional<License> find(String id) {
        return load(id).stream().findFirst();
    }

    @Override
    public boolean exists(String id) {
        return !strings("SELECT id FROM license WHERE id = ?", id).isEmpty();
    }

    @Override
    public void save(License l) {
        Object[] row = row(l, l.renewalOf());
        Object[] params = new Object[row.length];
        System.arraycopy(row, 1, params, 0, row.length - 1);
        params[row.length - 1] = l.id();
        if (update(UPDATE, params) == 0) {
            update(INSERT, row);
        } else {
            update("DELETE FROM license_asset WHERE license_id = ?", l.id());
            update("DELETE FROM license_tier WHERE license_id = ?", l.id());
        }
        insertChildren(List.of(l));
    }

    @Override
    public void insertAll(Collection<License> licenses) {
        // renewal_of is a foreign key into the same table: insert without it, then link, so order does not matter
        batch(INSERT, licenses, l -> row(l, null));
        batch("UPDATE license SET renewal_of = ? WHERE id = ?",
                licenses.stream().filter(l -> l.renewalOf() != null).toList(),
                l -> new Object[] {l.renewalOf(), l.id()});
        insertChildren(licenses);
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM license WHERE id = ?", id);
    }

    @Override
    public long count() {
        return count("license");
    }

    @Override
    public List<String> idsCoveringAsset(String assetId) {
        return sorted(strings("SELECT license_id FROM license_asset WHERE asset_id = ?", assetId));
    }

    @Override
    public List<String> idsRenewing(String licenseId) {
        return sorted(strings("SELECT id FROM license WHERE renewal_of = ?", licenseId));
    }

    private static List<String> sorted(List<String> ids) {
        ids.sort(NaturalOrder.INSTANCE);
        return ids;
    }

    private static Object[] row(License l, String renewalOf) {
        RoyaltyTerms t = l.terms();
        return new Object[] {l.id(), l.licensee(), l.licenseeCountry(), l.start(), l.end(), l.exclusive(),
            l.territory(), l.fieldOfUse(), renewalOf, t.currency(), t.upfrontFee().amount(), t.advance().amount(),
            t.basis(), t.tierMode(), t.tierReset(), t.minimumAnnual().amount(),
            t.annualCap() == null ? null : t.annualCap().amount(), t.withholdingRate().value()};
    }

    private void insertChildren(Collection<License> licenses) {
        List<Object[]> assets = new ArrayList<>();
        List<Object[]> tiers = new ArrayList<>();
        for (License l : licenses) {
            for (int i = 0; i < l.assetIds().size(); i++) {
                assets.add(new Object[] {l.id(), i, l.assetIds().get(i)});
            }
            for (int i = 0; i < l.terms().tiers().size(); i++) {
                Tier t = l.terms().tiers().get(i);
                tiers.add(new Object[] {l.id(), i, t.from(), t.rate()});
            }
        }
        batch("INSERT INTO license_asset (license_id, position, asset_id) VALUES (?, ?, ?)", assets, r -> r);
        batch("INSERT INTO license_tier (license_id, position, from_base, rate) VALUES (?, ?, ?, ?)", tiers, r -> r);
    }

    private List<License> load(String id) {
        Object[] params = id == null ? new Object[0] : new Object[] {id};
        String childWhere = id == null ? "" : " WHERE license_id = ?";
        Map<String, List<String>> assets = new HashMap<>();
        each("SELECT license_id, asset_id FROM license_asset" + childWhere + " ORDER BY license_id, position",
                rs -> assets.computeIfAbsent(rs.getString("license_id"), k -> new ArrayList<>())
                        .add(rs.getString("asset_id")), params);
        Map<String, List<Tier>> tiers = new HashMap<>();
        each("SELECT license_id, from_base, rate FROM license_tier" + childWhere + " ORDER BY license_id, position",
                rs -> tiers.computeIfAbsent(rs.getString("license_id"), k -> new ArrayList<>())
                        .add(new Tier(Sql.decimal(rs, "from_base"), Sql.decimal(rs, "rate"))), params);
        List<License> licenses = query("SELECT " + COLUMNS + " FROM license" + (id == null ? "" : " WHERE id = ?"),
                rs -> license(rs, assets, tiers), params);
        licenses.sort(Comparator.comparing(License::id, NaturalOrder.INSTANCE));
        return licenses;
    }

    private static License license(ResultSet rs, Map<String, List<String>> assets, Map<String, List<Tier>> tiers)
            throws SQLException {
        String id = rs.getString("id");
        Currency c = Sql.currency(rs, "currency");
        BigDecimal cap = Sql.decimal(rs, "annual_cap");
        RoyaltyTerms terms = new RoyaltyTerms(c, Sql.date(rs, "start_date"), money(rs, "upfront_fee", c),
                money(rs, "advance", c), Sql.enumValue(rs, "basis", RoyaltyBasis.class),
                tiers.getOrDefault(id, List.of()), Sql.enumValue(rs, "tier_mode", TierMode.class),
                Sql.enumValue(rs, "tier_reset", TierReset.class), money(rs, "minimum_annual", c),
                cap == null ? null : Money.of(cap, c), new Rate(Sql.decimal(rs, "withholding_rate")));
        return new License(id, rs.getString("licensee"), Sql.text(rs, "licensee_country"),
                assets.getOrDefault(id, List.of()), Sql.date(rs, "start_date"), Sql.date(rs, "end_date"),
                rs.getBoolean("exclusive"), rs.getString("territory"), rs.getString("field_of_use"),
                rs.getString("renewal_of"), terms);
    }

    private static Money money(ResultSet rs, String column, Currency c) throws SQLException {
        return Money.of(Sql.decimal(rs, column), c);
    }
}
