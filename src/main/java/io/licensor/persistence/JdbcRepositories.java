package io.licensor.persistence;

import java.sql.Connection;

/** The JDBC repositories bound to one connection. */
final class JdbcRepositories implements Repositories {
    private final AssetRepository assets;
    private final LicenseRepository licenses;
    private final ScenarioRepository scenarios;
    private final ReceiptRepository receipts;
    private final EnforcementRepository enforcement;
    private final FxRateRepository fxRates;
    private final SettingsRepository settings;
    private final MetaRepository meta;
    private final StatementImportRepository statementImport;

    JdbcRepositories(Connection c) {
        assets = new JdbcAssetRepository(c);
        licenses = new JdbcLicenseRepository(c);
        scenarios = new JdbcScenarioRepository(c);
        receipts = new JdbcReceiptRepository(c);
        enforcement = new JdbcEnforcementRepository(c);
        fxRates = new JdbcFxRateRepository(c);
        settings = new JdbcSettingsRepository(c);
        meta = new JdbcMetaRepository(c);
        statementImport = new JdbcStatementImportRepository(c);
    }

    @Override
    public AssetRepository assets() {
        return assets;
    }

    @Override
    public LicenseRepository licenses() {
        return licenses;
    }

    @Override
    public ScenarioRepository scenarios() {
        return scenarios;
    }

    @Override
    public ReceiptRepository receipts() {
        return receipts;
    }

    @Override
    public EnforcementRepository enforcement() {
        return enforcement;
    }

    @Override
    public FxRateRepository fxRates() {
        return fxRates;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public MetaRepository meta() {
        return meta;
    }

    @Override
    public StatementImportRepository statementImport() {
        return statementImport;
    }
}
