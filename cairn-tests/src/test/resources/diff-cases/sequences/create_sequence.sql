-- A sequence appears.
-- @from
-- @to
CREATE SEQUENCE order_no;
