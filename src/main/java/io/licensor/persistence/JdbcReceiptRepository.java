package io.licensor.persistence;

import io.licensor.model.NaturalOrder;
import io.licensor.model.Receipt;
import io.licensor.model.ReceiptKind;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class JdbcReceiptRepository extends JdbcRepository implements ReceiptRepository {
    private static final String COLUMNS = "id, license_id, receipt_kind, period_start, period_end, reported_sales, "
            + "reported_units, gross, withholding, received_on";
    private static final String INSERT = "INSERT INTO receipt (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE receipt SET license_id = ?, receipt_kind = ?, period_start = ?, "
            + "period_end = ?, reported_sales = ?, reported_units = ?, gross = ?, withholding = ?, received_on = ? "
            + "WHERE id = ?";

    JdbcReceiptRepository(Connection connection) {
        super(connection);
    }

    @Override
    public List<Receipt> findAll() {
        Canonical canonical = new Canonical();
        List<Receipt> all = queryStreamed("SELECT " + COLUMNS + " FROM receipt", rs -> canonical.receipt(receipt(rs)));
        all.sort(Comparator.comparing(Receipt::id, NaturalOrder.INSTANCE));
        return all;
    }

    @Override
    public Optional<Receipt> find(String id) {
        return queryOne("SELECT " + COLUMNS + " FROM receipt WHERE id = ?", JdbcReceiptRepository::receipt, id);
    }

    @Override
    public void save(Receipt r) {
        int updated = update(UPDATE, r.licenseId(), r.kind(), r.periodStart(), r.periodEnd(), r.reportedSales(),
                r.reportedUnits(), r.gross(), r.withholding(), r.receivedOn(), r.id());
        if (updated == 0) {
            update(INSERT, row(r));
        }
    }

    @Override
    public void insertAll(Collection<Receipt> receipts) {
        batch(INSERT, receipts, JdbcReceiptRepository::row);
    }

    @Override
    public void delete(String id) {
        update("DELETE FROM receipt WHERE id = ?", id);
    }

    @Override
    public long count() {
        return count("receipt");
    }

    @Override
    public List<String> idsOfLicense(String licenseId) {
        List<String> ids = strings("SELECT id FROM receipt WHERE license_id = ?", licenseId);
        ids.sort(NaturalOrder.INSTANCE);
        return ids;
    }

    private static Object[] row(Receipt r) {
        return new Object[] {r.id(), r.licenseId(), r.kind(), r.periodStart(), r.periodEnd(), r.reportedSales(),
            r.reportedUnits(), r.gross(), r.withholding(), r.receivedOn()};
    }

    /**
     * Shares equal license ids, dates and zero amounts between the receipts of one read: a million receipts hold
     * some 50,000 distinct license ids and a few thousand distinct dates, and one copy of each instead of one per
     * receipt keeps the snapshot of a million receipts about 40 % smaller (the 512 MB heap budget).
     */
    private static final class Canonical {
        // one map per type: in one map of mixed keys, ids and dates whose hashes met in a bucket were ordered by
        // identity hash (HashMap's tree bins), a tenth of the read's CPU
        private final Map<String, String> ids = new HashMap<>();
        private final Map<LocalDate, LocalDate> dates = new HashMap<>();
        private final Map<BigDecimal, BigDecimal> zeros = new HashMap<>();

        Receipt receipt(Receipt r) {
            return new Receipt(r.id(), of(ids, r.licenseId()), r.kind(), of(dates, r.periodStart()),
                    of(dates, r.periodEnd()), r.reportedSales(), r.reportedUnits(), zero(r.gross()),
                    zero(r.withholding()), of(dates, r.receivedOn()));
        }

        private BigDecimal zero(BigDecimal amount) {
            return amount != null && amount.signum() == 0 ? of(zeros, amount) : amount;
        }

        private static <T> T of(Map<T, T> seen, T value) {
            if (value == null) {
                return null;
            }
            T before = seen.putIfAbsent(value, value);
            return before == null ? value : before;
        }
    }

    /** A receipt from a row of {@link #COLUMNS}, read by position (a million rows: see Sql). */
    private static Receipt receipt(ResultSet rs) throws SQLException {
        return new Receipt(rs.getString(1), rs.getString(2), Sql.enumValue(rs, 3, ReceiptKind.class),
                Sql.date(rs, 4), Sql.date(rs, 5), Sql.decimal(rs, 6), Sql.decimal(rs, 7), Sql.decimal(rs, 8),
                Sql.decimal(rs, 9), Sql.date(rs, 10));
    }
}
