-- A domain check changes.
-- @from
CREATE DOMAIN pct AS numeric CONSTRAINT pct_range CHECK (VALUE >= 0 AND VALUE <= 100);
-- @to
CREATE DOMAIN pct AS numeric CONSTRAINT pct_range CHECK (VALUE >= 0 AND VALUE <= 1);
