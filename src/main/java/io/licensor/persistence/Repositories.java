package io.licensor.persistence;

/** The repositories of one unit of work: all share one connection and one transaction. */
public interface Repositories {
    AssetRepository assets();

    LicenseRepository licenses();

    /** The scenario studio's saved scenarios. */
    ScenarioRepository scenarios();

    ReceiptRepository receipts();

    EnforcementRepository enforcement();

    FxRateRepository fxRates();

    SettingsRepository settings();

    MetaRepository meta();

    /** Statement import: license keys, stored periods, streamed receipt insert, remembered mappings. */
    StatementImportRepository statementImport();
}
