-- Licensor portfolio schema, version 1.
-- Portable SQL (H2 2.x and PostgreSQL): no engine-specific types or syntax.
-- Decimal scales (docs/decisions/0010-column-scales.md):
--   money            DECIMAL(19,4)   every ISO 4217 currency has at most 4 minor units (CLF); 15 integer digits
--   sales, units,
--   tier thresholds  DECIMAL(24,6)   statements may carry fractional sales or units
--   tier rates       DECIMAL(20,10)  a fraction of sales, or money per unit
--   fractions        DECIMAL(11,10)  owner shares, withholding rates (0..1)
--   fx rates         DECIMAL(24,10)  units of the reporting currency per unit of another
-- Lists keep the order the user gave them in a position column.

CREATE TABLE meta (
    meta_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    meta_value VARCHAR(4000) NOT NULL
);

CREATE TABLE settings (
    id                 INTEGER      NOT NULL PRIMARY KEY CHECK (id = 1),
    name               VARCHAR(200) NOT NULL,
    home_country       CHAR(2),
    reporting_currency CHAR(3)      NOT NULL
);

CREATE TABLE asset (
    id                  VARCHAR(64)    NOT NULL PRIMARY KEY,
    title               VARCHAR(500)   NOT NULL,
    asset_type          VARCHAR(20)    NOT NULL CHECK (asset_type IN ('PATENT', 'TRADEMARK', 'COPYRIGHT', 'SOFTWARE',
                            'DESIGN', 'TRADE_SECRET', 'KNOW_HOW', 'DATASET', 'AI_MODEL', 'OTHER')),
    description         VARCHAR(10000),
    registration_number VARCHAR(200),
    created_on          DATE,
    expires_on          DATE,
    ai_generated        BOOLEAN        NOT NULL,
    provenance          VARCHAR(10000)
);

CREATE TABLE asset_jurisdiction (
    asset_id     VARCHAR(64) NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position     INTEGER     NOT NULL CHECK (position >= 0),
    jurisdiction VARCHAR(20) NOT NULL,
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE asset_tag (
    asset_id VARCHAR(64)  NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position INTEGER      NOT NULL CHECK (position >= 0),
    tag      VARCHAR(100) NOT NULL,
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE asset_owner (
    asset_id VARCHAR(64)    NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position INTEGER        NOT NULL CHECK (position >= 0),
    name     VARCHAR(200)   NOT NULL,
    share    DECIMAL(11,10) NOT NULL CHECK (share >= 0 AND share <= 1),
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE asset_valuation (
    asset_id         VARCHAR(64)   NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position         INTEGER       NOT NULL CHECK (position >= 0),
    as_of            DATE          NOT NULL,
    amount           DECIMAL(19,4) NOT NULL CHECK (amount >= 0),
    currency         CHAR(3)       NOT NULL,
    valuation_method VARCHAR(30)   NOT NULL CHECK (valuation_method IN ('RELIEF_FROM_ROYALTY', 'INCOME_DCF',
                         'MARKET', 'COST', 'TWENTY_FIVE_PERCENT_RULE', 'OTHER')),
    PRIMARY KEY (asset_id, position)
);

CREATE TABLE asset_component (
    asset_id          VARCHAR(64)  NOT NULL REFERENCES asset (id) ON DELETE CASCADE,
    position          INTEGER      NOT NULL CHECK (position >= 0),
    name              VARCHAR(200) NOT NULL,
    component_license VARCHAR(100),
    PRIMARY KEY (asset_id, position)
);

-- A license and its royalty terms (one to one, so the terms live in the license row; the terms' start date is the
-- license's start_date by rule of the portfolio format).
CREATE TABLE license (
    id               VARCHAR(64)    NOT NULL PRIMARY KEY,
    licensee         VARCHAR(200)   NOT NULL,
    licensee_country CHAR(2),
    start_date       DATE           NOT NULL,
    end_date         DATE,
    exclusive        BOOLEAN        NOT NULL,
    territory        VARCHAR(500),
    field_of_use     VARCHAR(500),
    renewal_of       VARCHAR(64)    REFERENCES license (id),
    currency         CHAR(3)        NOT NULL,
    upfront_fee      DECIMAL(19,4)  NOT NULL CHECK (upfront_fee >= 0),
    advance          DECIMAL(19,4)  NOT NULL CHECK (advance >= 0),
    basis            VARCHAR(20)    NOT NULL CHECK (basis IN ('NET_SALES', 'UNITS')),
    tier_mode        VARCHAR(20)    NOT NULL CHECK (tier_mode IN ('MARGINAL', 'WHOLE_VOLUME')),
    tier_reset       VARCHAR(20)    NOT NULL CHECK (tier_reset IN ('NEVER', 'CONTRACT_YEAR')),
    minimum_annual   DECIMAL(19,4)  NOT NULL CHECK (minimum_annual >= 0),
    annual_cap       DECIMAL(19,4)  CHECK (annual_cap >= 0),
    withholding_rate DECIMAL(11,10) NOT NULL CHECK (withholding_rate >= 0 AND withholding_rate < 1),
    CHECK (end_date IS NULL OR end_date >= start_date),
    CHECK (renewal_of IS NULL OR renewal_of <> id),
    CHECK (annual_cap IS NULL OR minimum_annual <= annual_cap)
);

CREATE TABLE license_asset (
    license_id VARCHAR(64) NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL CHECK (position >= 0),
    asset_id   VARCHAR(64) NOT NULL REFERENCES asset (id),
    PRIMARY KEY (license_id, position),
    UNIQUE (license_id, asset_id)
);

CREATE TABLE license_tier (
    license_id VARCHAR(64)    NOT NULL REFERENCES license (id) ON DELETE CASCADE,
    position   INTEGER        NOT NULL CHECK (position >= 0),
    from_base  DECIMAL(24,6)  NOT NULL CHECK (from_base >= 0),
    rate       DECIMAL(20,10) NOT NULL CHECK (rate >= 0),
    PRIMARY KEY (license_id, position)
);

-- Receipts are in their license's currency. gross and withholding may be negative (refunds, corrections).
CREATE TABLE receipt (
    id             VARCHAR(64)   NOT NULL PRIMARY KEY,
    license_id     VARCHAR(64)   NOT NULL REFERENCES license (id),
    receipt_kind   VARCHAR(20)   NOT NULL CHECK (receipt_kind IN ('ROYALTY', 'MINIMUM_TOP_UP', 'UPFRONT', 'ADVANCE',
                       'OTHER')),
    period_start   DATE,
    period_end     DATE          NOT NULL,
    reported_sales DECIMAL(24,6) CHECK (reported_sales >= 0),
    reported_units DECIMAL(24,6) CHECK (reported_units >= 0),
    gross          DECIMAL(19,4) NOT NULL,
    withholding    DECIMAL(19,4) NOT NULL,
    received_on    DATE          NOT NULL,
    CHECK (period_start IS NULL OR period_start <= period_end)
);

CREATE TABLE enforcement (
    id         VARCHAR(64)   NOT NULL PRIMARY KEY,
    asset_id   VARCHAR(64)   REFERENCES asset (id),
    license_id VARCHAR(64)   REFERENCES license (id),
    entry_date DATE          NOT NULL,
    entry_kind VARCHAR(20)   NOT NULL CHECK (entry_kind IN ('MONITORING', 'AUDIT', 'LEGAL', 'OTHER')),
    cost       DECIMAL(19,4) NOT NULL CHECK (cost >= 0),
    recovered  DECIMAL(19,4) NOT NULL CHECK (recovered >= 0),
    currency   CHAR(3)       NOT NULL,
    note       VARCHAR(4000),
    CHECK ((asset_id IS NULL AND license_id IS NOT NULL) OR (asset_id IS NOT NULL AND license_id IS NULL))
);

CREATE TABLE fx_rate (
    currency  CHAR(3)        NOT NULL,
    rate_date DATE           NOT NULL,
    rate      DECIMAL(24,10) NOT NULL CHECK (rate > 0),
    PRIMARY KEY (currency, rate_date)
);

-- Receipts are read per license in period order (engine, shortfall) and by date received (income windows).
CREATE INDEX receipt_license_period ON receipt (license_id, period_end);
CREATE INDEX receipt_received_on ON receipt (received_on);
-- Enforcement is summed over date windows and looked up per asset or license (deletion checks, attribution).
CREATE INDEX enforcement_date ON enforcement (entry_date);
CREATE INDEX enforcement_asset ON enforcement (asset_id);
CREATE INDEX enforcement_license ON enforcement (license_id);
-- Reverse lookups: which licenses cover an asset, which license renews another.
CREATE INDEX license_asset_asset ON license_asset (asset_id);
CREATE INDEX license_renewal_of ON license (renewal_of);
