-- A sequence disappears.
-- @from
CREATE SEQUENCE order_no;
-- @to
