-- Golden plans of schemas/schema_with_objects.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create schema billing
CREATE SCHEMA billing;

-- Create enum billing.currency
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');

-- Create sequence billing.invoice_no
CREATE SEQUENCE billing.invoice_no;

-- Create function billing.vat(n numeric)
CREATE OR REPLACE FUNCTION billing.vat(n numeric)
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n * 0.2 $function$;

-- Create table billing.invoice
CREATE TABLE billing.invoice (
    no bigint DEFAULT nextval('billing.invoice_no'::regclass) NOT NULL,
    cur billing.currency NOT NULL,
    total numeric(12,2),
    CONSTRAINT invoice_pkey PRIMARY KEY (no)
);

-- Create view billing.big_invoices
CREATE VIEW billing.big_invoices AS
SELECT no,
    total
   FROM billing.invoice
  WHERE total > 1000::numeric;
-- @reverse
-- warning: DATA_LOSS billing.invoice: table is dropped with all its rows
-- Drop view billing.big_invoices
DROP VIEW billing.big_invoices;

-- Drop function billing.vat(n numeric)
DROP FUNCTION billing.vat(n numeric);

-- Drop table billing.invoice [DATA LOSS]
DROP TABLE billing.invoice;

-- Drop enum billing.currency
DROP TYPE billing.currency;

-- Drop sequence billing.invoice_no
DROP SEQUENCE billing.invoice_no;

-- Drop schema billing
DROP SCHEMA billing;
