-- A domain becomes NOT NULL.
-- @from
CREATE DOMAIN email AS text;
-- @to
CREATE DOMAIN email AS text NOT NULL;
