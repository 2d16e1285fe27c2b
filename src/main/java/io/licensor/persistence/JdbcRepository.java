package io.licensor.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Shared plumbing of the JDBC repositories: all of them work on the one connection of the current transaction. */
abstract class JdbcRepository {
    private static final int BATCH_SIZE = 1000;

    /** Reads one row into a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Handles one row. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /** The parameters of one row of a batch, in the order of the statement's placeholders. */
    @FunctionalInterface
    interface RowBinder<T> {
        Object[] params(T item);
    }

    protected final Connection connection;

    JdbcRepository(Connection connection) {
        this.connection = connection;
    }

    protected <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        List<T> out = new ArrayList<>();
        each(sql, rs -> out.add(mapper.map(rs)), params);
        return out;
    }

    protected void each(String sql, RowConsumer consumer, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Sql.bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /**
     * Like {@link #query}, for reads of a whole big table: H2 hands the rows out as they are read instead of copying
     * the whole result first (beyond some 40,000 rows per GB of heap into temporary storage), which cost reading a
     * million receipts about 1.6 times the CPU. Only for one plain query with no other result open on this
     * connection: H2's maintainers call lazy execution a setting with undocumented limits (H2 issue 2867), so it is
     * switched on for this query alone (docs/decisions/0120-database-file-size.md).
     */
    protected <T> List<T> queryStreamed(String sql, RowMapper<T> mapper) {
        lazy(true);
        try {
            return query(sql, mapper);
        } finally {
            lazy(false);
        }
    }

    private void lazy(boolean on) {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
        } catch (SQLException e) {
            throw failure("SET LAZY_QUERY_EXECUTION", e);
        }
    }

    protected <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    protected int update(String sql, Object... params) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Sql.bind(ps, params);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Runs the statement once per item, sent in batches so large imports do not pay a round trip per row. */
    protected <T> void batch(String sql, Collection<T> items, RowBinder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T item : items) {
                Sql.bind(ps, binder.params(item));
                ps.addBatch();
                if (++pending == BATCH_SIZE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    protected long count(String table) {
        return queryOne("SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)).orElse(0L);
    }

    protected List<String> strings(String sql, Object... params) {
        return query(sql, rs -> rs.getString(1), params);
    }

    private static PersistenceException failure(String sql, SQLException e) {
        return new PersistenceException("database statement failed: " + firstLine(e.getMessage()) + " [" + sql + "]",
                e);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse(s);
    }
}
