-- Licensor portfolio schema, version 2: the scenario studio's saved scenarios (docs/decisions/0081).
-- Same portable SQL and decimal scales as V1. A scenario compares 2 to 4 structures; they share the scenario's
-- currency, basis and start date. Deleting a license keeps the scenarios that started from it (the link is cleared).

CREATE TABLE scenario (
    id               VARCHAR(64)    NOT NULL PRIMARY KEY,
    name             VARCHAR(200)   NOT NULL UNIQUE,
    source_license   VARCHAR(64)    REFERENCES license (id) ON DELETE SET NULL,
    currency         CHAR(3)        NOT NULL,
    basis            VARCHAR(20)    NOT NULL CHECK (basis IN ('NET_SALES', 'UNITS')),
    start_date       DATE           NOT NULL,
    first_year_base  DECIMAL(24,6)  NOT NULL CHECK (first_year_base >= 0),
    annual_growth    DECIMAL(20,10) NOT NULL CHECK (annual_growth > -1),
    years            INTEGER        NOT NULL CHECK (years BETWEEN 1 AND 100),
    discount_rate    DECIMAL(20,10) NOT NULL CHECK (discount_rate > -1),
    withholding_rate DECIMAL(11,10) CHECK (withholding_rate >= 0 AND withholding_rate < 1)
);

CREATE TABLE scenario_structure (
    scenario_id      VARCHAR(64)    NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
    position         INTEGER        NOT NULL CHECK (position >= 0 AND position < 4),
    label            VARCHAR(200)   NOT NULL,
    upfront_fee      DECIMAL(19,4)  NOT NULL CHECK (upfront_fee >= 0),
    advance          DECIMAL(19,4)  NOT NULL CHECK (advance >= 0),
    tier_mode        VARCHAR(20)    NOT NULL CHECK (tier_mode IN ('MARGINAL', 'WHOLE_VOLUME')),
    tier_reset       VARCHAR(20)    NOT NULL CHECK (tier_reset IN ('NEVER', 'CONTRACT_YEAR')),
    minimum_annual   DECIMAL(19,4)  NOT NULL CHECK (minimum_annual >= 0),
    annual_cap       DECIMAL(19,4)  CHECK (annual_cap >= 0),
    withholding_rate DECIMAL(11,10) NOT NULL CHECK (withholding_rate >= 0 AND withholding_rate < 1),
    PRIMARY KEY (scenario_id, position),
    CHECK (annual_cap IS NULL OR minimum_annual <= annual_cap)
);

CREATE TABLE scenario_tier (
    scenario_id        VARCHAR(64)    NOT NULL,
    structure_position INTEGER        NOT NULL,
    position           INTEGER        NOT NULL CHECK (position >= 0),
    from_base          DECIMAL(24,6)  NOT NULL CHECK (from_base >= 0),
    rate               DECIMAL(20,10) NOT NULL CHECK (rate >= 0),
    PRIMARY KEY (scenario_id, structure_position, position),
    FOREIGN KEY (scenario_id, structure_position) REFERENCES scenario_structure (scenario_id, position)
        ON DELETE CASCADE
);

CREATE INDEX scenario_source_license ON scenario (source_license);
