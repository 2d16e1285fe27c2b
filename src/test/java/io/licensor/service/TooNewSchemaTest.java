package io.licensor.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.licensor.model.Asset;
import io.licensor.model.AssetType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio saved by a newer Licensor (its schema history has a version this app does not know). */
class TooNewSchemaTest {
    @TempDir
    Path temp;
    Path folder;

    @BeforeEach
    void createPortfolioMigratedByANewerVersion() throws SQLException {
        folder = temp.resolve("newer");
        try (PortfolioService s = PortfolioService.open(folder)) {
            s.saveAsset(Asset.of("A1", "Older data", AssetType.PATENT));
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '999', 'future change', 'SQL', 'V999__future_change.sql', 123, "
                    + "'licensor', "
                    + "CURRENT_TIMESTAMP, 5, TRUE)");
            s.execute("CREATE TABLE future_table (x INTEGER)");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + folder.toAbsolutePath().resolve("licensor"),
                "licensor", "");
    }

    @Test
    void openingIsRefusedWithAMessageSayingANewerVersionSavedIt() {
        assertThatThrownBy(() -> PortfolioService.open(folder))
                .isInstanceOf(PortfolioTooNewException.class)
                .isInstanceOf(PortfolioOpenException.class)
                .hasMessageContaining(folder.toAbsolutePath().toString())
                .hasMessageContaining("newer version of Licensor")
                .hasMessageContaining("data format 999; this version reads up to 2")
                .hasMessageContaining("left untouched");
    }

    @Test
    void theRefusedDatabaseIsNeitherMigratedNorChanged() throws SQLException {
        List<String> before = state();
        assertThatThrownBy(() -> PortfolioService.open(folder)).isInstanceOf(PortfolioTooNewException.class);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theRefusalReleasesTheFolderSoTheNewerVersionCanStillOpenIt() throws SQLException {
        assertThatThrownBy(() -> PortfolioService.open(folder)).isInstanceOf(PortfolioTooNewException.class);
        assertThatThrownBy(() -> PortfolioService.open(folder)).isInstanceOf(PortfolioTooNewException.class);
        try (Connection c = connect()) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    /** The schema history, the tables and the rows of the data tables, as text. */
    private List<String> state() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            dump(s, "SELECT * FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"", out);
            dump(s, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1", out);
            dump(s, "SELECT COLUMN_NAME, TABLE_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY 2, 1", out);
            dump(s, "SELECT * FROM asset", out);
            dump(s, "SELECT * FROM settings", out);
            dump(s, "SELECT * FROM meta", out);
        }
        return out;
    }

    private static void dump(Statement s, String query, List<String> out) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
    }
}
