package io.licensor.persistence;

import io.licensor.model.Money;
import io.licensor.model.Rate;
import io.licensor.model.RoyaltyBasis;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.Scenario;
import io.licensor.model.ScenarioStructure;
import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcScenarioRepository extends JdbcRepository implements ScenarioRepository {
    private static final String COLUMNS = "id, name, source_license, currency, basis, start_date, first_year_base, "
            + "annual_growth, years, discount_rate, withholding_rate";
    private static final String STRUCTURE_COLUMNS = "scenario_id, position, label, upfront_fee, advance, tier_mode, "
            + "tier_reset, minimum_annual, annual_cap, withholding_rate";

    /** The shared part of a scenario row, needed to rebuild each structure's terms. */
    private record Head(String id, String name, String sourceLicense, java.util.Currency currency,
            RoyaltyBasis basis, LocalDate start, BigDecimal firstYearBase, BigDecimal growth, int years,
            BigDecimal discount, BigDecimal withholding) {}

    JdbcScenarioRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<Scenario> findAll() {
        return load(null);
    }

    @Override
    public Optional<Scenario> find(String id) {
        return load(id).stream().findFirst();
    }

    @Override
    public List<String> ids() {
        return strings("SELECT id FROM scenario");
    }

    @Override
    public void save(Scenario s) {
        // structures and tiers are replaced whole: a scenario is small, and the positions may have shifted
        delete(s.id());
        RoyaltyTerms first = s.structures().get(0).terms();
        update("INSERT INTO scenario (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s.id(), s.name(),
                s.sourceLicenseId(), first.currency(), first.basis(), first.startDate(), s.firstYearBase(),
                s.annualGrowth(), s.years(), s.discountRate(), s.withholding() == null ? null : s.withholding().value());
        List<Object[]> structures = new ArrayList<>();
        List<Object[]> tiers = new ArrayList<>();
        for (int i = 0; i < s.structures().size(); i++) {
            ScenarioStructure st = s.structures().get(i);
            RoyaltyTerms t = st.terms();
            structures.add(new Object[] {s.id(), i, st.label(), t.upfrontFee().amount(), t.advance().amount(),
                t.tierMode(), t.tierReset(), t.minimumAnnual().amount(),
                t.annualCap() == null ? null : t.annualCap().amount(), t.withholdingRate().value()});
            for (int k = 0; k < t.tiers().size(); k++) {
                tiers.add(new Object[] {s.id(), i, k, t.tiers().get(k).from(), t.tiers().get(k).rate()});
            }
        }
        batch("INSERT INTO scenario_structure (" + STRUCTURE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                structures, r -> r);
        batch("INSERT INTO scenario_tier (scenario_id, structure_position, position, from_base, rate) "
                + "VALUES (?, ?, ?, ?, ?)", tiers, r -> r);
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM scenario WHERE id = ?", id);
    }

    private List<Scenario> load(String id) {
        Object[] params = id == null ? new Object[0] : new Object[] {id};
        String where = id == null ? "" : " WHERE scenario_id = ?";
        Map<String, List<Tier>> tiers = new HashMap<>();
        each("SELECT scenario_id, structure_position, from_base, rate FROM scenario_tier" + where
                + " ORDER BY scenario_id, structure_position, position",
                rs -> tiers.computeIfAbsent(rs.getString(1) + "#" + rs.getInt(2), k -> new ArrayList<>())
                        .add(new Tier(Sql.decimal(rs, "from_base"), Sql.decimal(rs, "rate"))), params);
        List<Head> heads = query("SELECT " + COLUMNS + " FROM scenario" + (id == null ? "" : " WHERE id = ?"),
                JdbcScenarioRepository::head, params);
        Map<String, Head> byId = new HashMap<>();
        heads.forEach(h -> byId.put(h.id(), h));
        Map<String, List<ScenarioStructure>> structures = new HashMap<>();
        each("SELECT " + STRUCTURE_COLUMNS + " FROM scenario_structure" + where + " ORDER BY scenario_id, position",
                rs -> {
                    Head h = byId.get(rs.getString("scenario_id"));
                    List<Tier> own = tiers.getOrDefault(h.id() + "#" + rs.getInt("position"), List.of());
                    structures.computeIfAbsent(h.id(), k -> new ArrayList<>()).add(structure(rs, h, own));
                }, params);
        List<Scenario> out = new ArrayList<>();
        for (Head h : heads) {
            out.add(new Scenario(h.id(), h.name(), h.sourceLicense(), structures.getOrDefault(h.id(), List.of()),
                    h.firstYearBase(), h.growth(), h.years(), h.discount(),
                    h.withholding() == null ? null : new Rate(h.withholding())));
        }
        out.sort(Comparator.comparing(Scenario::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static Head head(ResultSet rs) throws SQLException {
        return new Head(rs.getString("id"), rs.getString("name"), rs.getString("source_license"),
                Sql.currency(rs, "currency"), Sql.enumValue(rs, "basis", RoyaltyBasis.class),
                Sql.date(rs, "start_date"), Sql.decimal(rs, "first_year_base"), Sql.decimal(rs, "annual_growth"),
                rs.getInt("years"), Sql.decimal(rs, "discount_rate"), Sql.decimal(rs, "withholding_rate"));
    }

    private static ScenarioStructure structure(ResultSet rs, Head h, List<Tier> tiers) throws SQLException {
        BigDecimal cap = Sql.decimal(rs, "annual_cap");
        RoyaltyTerms terms = new RoyaltyTerms(h.currency(), h.start(), money(rs, "upfront_fee", h),
                money(rs, "advance", h), h.basis(), tiers, Sql.enumValue(rs, "tier_mode", TierMode.class),
                Sql.enumValue(rs, "tier_reset", TierReset.class), money(rs, "minimum_annual", h),
                cap == null ? null : Money.of(cap, h.currency()), new Rate(Sql.decimal(rs, "withholding_rate")));
        return new ScenarioStructure(rs.getString("label"), terms);
    }

    private static Money money(ResultSet rs, String column, Head h) throws SQLException {
        return Money.of(Sql.decimal(rs, column), h.currency());
    }
}
