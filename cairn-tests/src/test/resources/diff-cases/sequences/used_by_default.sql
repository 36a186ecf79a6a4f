-- A sequence used by a column default: create order sequence → table, drop order table → sequence.
-- @from
-- @to
CREATE SEQUENCE invoice_no START 1000;
CREATE TABLE invoice (no bigint PRIMARY KEY DEFAULT nextval('invoice_no'), total numeric);
