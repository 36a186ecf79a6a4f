-- A descending sequence.
-- @from
-- @to
CREATE SEQUENCE countdown INCREMENT BY -1;
