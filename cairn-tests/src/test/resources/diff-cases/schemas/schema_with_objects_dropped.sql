-- A schema with objects is dropped whole.
-- @expect-warning data-loss
-- @from
CREATE SCHEMA billing;
CREATE TYPE billing.currency AS ENUM ('EUR', 'USD');
CREATE TABLE billing.invoice (no bigint PRIMARY KEY, cur billing.currency NOT NULL);
CREATE VIEW billing.v AS SELECT no FROM billing.invoice;
-- @to
