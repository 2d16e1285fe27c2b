-- Licensor portfolio schema, version 3: the statement column mapping remembered per licensee
-- (docs/statement-import.md, docs/decisions/0072-remembered-statement-mapping.md).
-- The mapping is kept as the text of its mapping file (licensor-statement-mapping JSON), so a remembered mapping
-- and a --mapping FILE.json are one format, read by one reader.

CREATE TABLE statement_mapping (
    licensee_key VARCHAR(200)   NOT NULL PRIMARY KEY,
    licensee     VARCHAR(200)   NOT NULL,
    mapping_json VARCHAR(20000) NOT NULL,
    file_name    VARCHAR(500),
    saved_on     DATE           NOT NULL
);
