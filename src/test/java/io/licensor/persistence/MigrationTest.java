package io.licensor.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MigrationTest {
    @TempDir
    Path folder;
    Database db;
    Connection sql;

    @BeforeEach
    void openFreshDatabase() throws SQLException {
        db = Database.open(folder);
        // a second connection in the same process shares the open database
        sql = DriverManager.getConnection(Database.url(folder.toAbsolutePath().normalize()), "licensor", "");
        try (Statement s = sql.createStatement()) {
            s.execute("INSERT INTO asset (id, title, asset_type, ai_generated) VALUES ('A1', 'a', 'PATENT', FALSE)");
            s.execute("INSERT INTO license (id, licensee, start_date, exclusive, currency, upfront_fee, advance, basis,"
                    + " tier_mode, tier_reset, minimum_annual, withholding_rate) VALUES ('L1', 'x', DATE '2024-01-01',"
                    + " FALSE, 'USD', 0, 0, 'NET_SALES', 'MARGINAL', 'NEVER', 0, 0)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        sql.close();
        db.close();
    }

    @Test
    void migrationsCreateEveryTableOfTheModelOnAFreshDatabase() throws SQLException {
        assertThat(strings("SELECT LOWER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .containsExactlyInAnyOrder("meta", "settings", "asset", "asset_jurisdiction", "asset_tag",
                        "asset_owner", "asset_valuation", "asset_component", "license", "license_asset",
                        "license_tier", "receipt", "enforcement", "fx_rate", "statement_mapping", "scenario", "scenario_structure",
                        "scenario_tier",
                        "flyway_schema_history");
    }

    @Test
    void theHistoryRecordsEveryVersionAsApplied() throws SQLException {
        assertThat(strings("SELECT \"version\" || ':' || \"success\" FROM \"flyway_schema_history\""
                + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")).containsExactly("1:TRUE", "2:TRUE", "3:TRUE");
    }

    @Test
    void reopeningAMigratedDatabaseAppliesNothingAgain() throws SQLException {
        sql.close();
        db.close();
        db = Database.open(folder);
        sql = DriverManager.getConnection(Database.url(folder.toAbsolutePath().normalize()), "licensor", "");
        assertThat(strings("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                + " ORDER BY \"installed_rank\"")).containsExactly("1", "2", "3");
    }

    @Test
    void theIndexesForFrequentQueriesExist() throws SQLException {
        assertThat(strings("SELECT LOWER(INDEX_NAME) FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                .contains("receipt_license_period", "receipt_received_on", "enforcement_date");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        unknown asset type          | INSERT INTO asset (id, title, asset_type, ai_generated) VALUES ('A2', 't', 'POEM', FALSE)
        owner share above one       | INSERT INTO asset_owner (asset_id, position, name, share) VALUES ('A1', 0, 'x', 1.5)
        owner of a missing asset    | INSERT INTO asset_owner (asset_id, position, name, share) VALUES ('A9', 0, 'x', 1)
        enforcement naming both     | INSERT INTO enforcement (id, asset_id, license_id, entry_date, entry_kind, cost, recovered, currency) VALUES ('E1', 'A1', 'L1', DATE '2024-01-01', 'LEGAL', 1, 0, 'USD')
        enforcement naming neither  | INSERT INTO enforcement (id, entry_date, entry_kind, cost, recovered, currency) VALUES ('E1', DATE '2024-01-01', 'LEGAL', 1, 0, 'USD')
        negative enforcement cost   | INSERT INTO enforcement (id, asset_id, entry_date, entry_kind, cost, recovered, currency) VALUES ('E1', 'A1', DATE '2024-01-01', 'LEGAL', -1, 0, 'USD')
        receipt of a missing license| INSERT INTO receipt (id, license_id, receipt_kind, period_end, gross, withholding, received_on) VALUES ('R1', 'L9', 'ROYALTY', DATE '2024-03-31', 1, 0, DATE '2024-04-30')
        receipt period backwards    | INSERT INTO receipt (id, license_id, receipt_kind, period_start, period_end, gross, withholding, received_on) VALUES ('R1', 'L1', 'ROYALTY', DATE '2024-04-01', DATE '2024-03-31', 1, 0, DATE '2024-04-30')
        license renewing itself     | UPDATE license SET renewal_of = 'L1' WHERE id = 'L1'
        withholding of 100 percent  | UPDATE license SET withholding_rate = 1 WHERE id = 'L1'
        minimum above the cap       | UPDATE license SET minimum_annual = 10, annual_cap = 5 WHERE id = 'L1'
        license ending before start | UPDATE license SET end_date = DATE '2023-12-31' WHERE id = 'L1'
        a zero exchange rate        | INSERT INTO fx_rate (currency, rate_date, rate) VALUES ('EUR', DATE '2024-01-01', 0)
        a second settings row       | INSERT INTO settings (id, name, reporting_currency) VALUES (2, 'x', 'USD')
        """)
    void theSchemaRefusesWhatTheModelForbids(String what, String statement) {
        assertThatThrownBy(() -> {
            try (Statement s = sql.createStatement()) {
                s.execute(statement);
            }
        }).as(what).isInstanceOf(SQLException.class);
    }

    private List<String> strings(String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = sql.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
