package io.licensor.persistence;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;

/** Small JDBC helpers: binding nullable values and reading them back in the model's types. */
final class Sql {
    private Sql() {}

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bind(ps, i + 1, params[i]);
        }
    }

    static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            // Types.NULL lets the database infer the column type (PostgreSQL refuses a VARCHAR null for a DATE).
            ps.setNull(index, Types.NULL);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else if (value instanceof BigDecimal d) {
            ps.setBigDecimal(index, d);
        } else if (value instanceof LocalDate d) {
            ps.setObject(index, d);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof Integer n) {
            ps.setInt(index, n);
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else if (value instanceof Currency c) {
            ps.setString(index, c.getCurrencyCode());
        } else {
            throw new IllegalArgumentException("cannot bind a " + value.getClass().getName());
        }
    }

    static String text(ResultSet rs, String column) throws SQLException {
        return rs.getString(column);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A decimal without the column's padding zeros: 12000.0000 reads back as 12000, 0.1000 as 0.1. */
    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : normalise(d);
    }

    static BigDecimal normalise(BigDecimal d) {
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Currency currency(ResultSet rs, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Currency.getInstance(code.strip());
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }

    // By position, for the big reads: H2 looks a column name up by upper-casing and hashing it on every call, which
    // was about a quarter of the CPU of reading a million receipts.

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static BigDecimal decimal(ResultSet rs, int column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? null : normalise(d);
    }

    static <E extends Enum<E>> E enumValue(ResultSet rs, int column, Class<E> type) throws SQLException {
        return Enum.valueOf(type, rs.getString(column));
    }
}
