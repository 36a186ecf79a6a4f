-- A schema with a table, a type, a sequence, a view and a function.
-- @from
-- @to
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE SEQUENCE billing.invoice_no;
CREATE TABLE billing.invoice (no bigint PRIMARY KEY DEFAULT nextval('billing.invoice_no'), cur billing.currency NOT NULL, total numeric(12,2));
CREATE VIEW billing.big_invoices AS SELECT no, total FROM billing.invoice WHERE total > 1000;
CREATE FUNCTION billing.vat(n numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT n * 0.2 $$;
