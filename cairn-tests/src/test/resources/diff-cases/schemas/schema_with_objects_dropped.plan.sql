-- Golden plans of schemas/schema_with_objects_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS billing.invoice: table is dropped with all its rows
-- Drop view billing.v
DROP VIEW billing.v;

-- Drop table billing.invoice [DATA LOSS]
DROP TABLE billing.invoice;

-- Drop enum billing.currency
DROP TYPE billing.currency;

-- Drop schema billing
DROP SCHEMA billing;
-- @reverse
-- Create schema billing
CREATE SCHEMA billing;

-- Create enum billing.currency
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');

-- Create table billing.invoice
CREATE TABLE billing.invoice (
    no bigint NOT NULL,
    cur billing.currency NOT NULL,
    CONSTRAINT invoice_pkey PRIMARY KEY (no)
);

-- Create view billing.v
CREATE VIEW billing.v AS
SELECT no
   FROM billing.invoice;
