package io.licensor.persistence;

import io.licensor.model.Receipt;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;

final class JdbcStatementImportRepository extends JdbcRepository implements StatementImportRepository {
    private static final String INSERT = "INSERT INTO receipt (id, license_id, receipt_kind, period_start, period_end,"
            + " reported_sales, reported_units, gross, withholding, received_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PERIODS = "SELECT id, license_id, period_start, period_end FROM receipt"
            + " WHERE receipt_kind = 'ROYALTY'";

    JdbcStatementImportRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<LicenseKey> licenseKeys() {
        return query("SELECT id, licensee, currency FROM license",
                rs -> new LicenseKey(rs.getString(1), rs.getString(2), Sql.currency(rs, "currency")));
    }

    @Override
    public List<StoredPeriod> royaltyPeriods(String licenseId) {
        RowMapper<StoredPeriod> row = rs -> new StoredPeriod(rs.getString(1), rs.getString(2),
                Sql.date(rs, "period_start"), Sql.date(rs, "period_end"));
        return licenseId == null ? query(PERIODS, row) : query(PERIODS + " AND license_id = ?", row, licenseId);
    }

    @Override
    public ReceiptSums sums(String licenseId) {
        return queryOne("SELECT COUNT(*), SUM(gross), SUM(withholding), MIN(period_end), MAX(period_end)"
                + " FROM receipt WHERE license_id = ?", rs -> new ReceiptSums(rs.getLong(1),
                        Sql.normalise(nonNull(rs.getBigDecimal(2))), Sql.normalise(nonNull(rs.getBigDecimal(3))),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)), licenseId)
                .orElseThrow();
    }

    private static BigDecimal nonNull(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    @Override
    public long largestReceiptNumber(String prefix) {
        long[] largest = {0};
        each("SELECT id FROM receipt WHERE id LIKE ?", rs -> {
            String id = rs.getString(1);
            largest[0] = Math.max(largest[0], numberAfter(prefix, id));
        }, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
        return largest[0];
    }

    /** The number after the prefix, or 0 when the rest is not all digits (or too long to be a receipt number). */
    static long numberAfter(String prefix, String id) {
        int digits = id.length() - prefix.length();
        if (digits < 1 || digits > 18 || !id.startsWith(prefix)) {
            return 0;
        }
        long n = 0;
        for (int i = prefix.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    @Override
    public long insert(Iterator<Receipt> receipts, int batchSize, LongConsumer afterBatch) {
        long sent = 0;
        try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
            int pending = 0;
            while (receipts.hasNext()) {
                bind(ps, receipts.next());
                ps.addBatch();
                if (++pending == batchSize) {
                    ps.executeBatch();
                    sent += pending;
                    pending = 0;
                    afterBatch.accept(sent);
                }
            }
            if (pending > 0) {
                ps.executeBatch();
                sent += pending;
                afterBatch.accept(sent);
            }
        } catch (SQLException e) {
            throw new PersistenceException("inserting receipts failed: " + firstLine(e), e);
        }
        return sent;
    }

    /** Binds one receipt with typed setters: this runs a million times in a large import. */
    private static void bind(PreparedStatement ps, Receipt r) throws SQLException {
        ps.setString(1, r.id());
        ps.setString(2, r.licenseId());
        ps.setString(3, r.kind().name());
        date(ps, 4, r.periodStart());
        date(ps, 5, r.periodEnd());
        decimal(ps, 6, r.reportedSales());
        decimal(ps, 7, r.reportedUnits());
        ps.setBigDecimal(8, r.gross());
        ps.setBigDecimal(9, r.withholding());
        date(ps, 10, r.receivedOn());
    }

    private static void date(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, value);
        }
    }

    private static void decimal(PreparedStatement ps, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DECIMAL);
        } else {
            ps.setBigDecimal(index, value);
        }
    }

    @Override
    public Optional<StoredMapping> mapping(String licensee) {
        return queryOne("SELECT licensee, mapping_json, file_name, saved_on FROM statement_mapping"
                + " WHERE licensee_key = ?", rs -> new StoredMapping(rs.getString(1), rs.getString(2),
                        rs.getString(3), Sql.date(rs, "saved_on")), key(licensee));
    }

    @Override
    public void saveMapping(StoredMapping m) {
        String key = key(m.licensee());
        if (update("UPDATE statement_mapping SET licensee = ?, mapping_json = ?, file_name = ?, saved_on = ?"
                + " WHERE licensee_key = ?", m.licensee(), m.mappingJson(), m.fileName(), m.savedOn(), key) == 0) {
            update("INSERT INTO statement_mapping (licensee_key, licensee, mapping_json, file_name, saved_on)"
                    + " VALUES (?, ?, ?, ?, ?)", key, m.licensee(), m.mappingJson(), m.fileName(), m.savedOn());
        }
    }

    /** "Acme  Ltd " and "acme ltd" are the same licensee. */
    static String key(String licensee) {
        return licensee.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String firstLine(SQLException e) {
        String m = e.getMessage();
        return m == null ? "" : m.lines().findFirst().orElse(m);
    }
}
