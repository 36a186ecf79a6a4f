-- An enum used by a column, a function argument and a view is dropped with all of them.
-- @from
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE alarm (id integer PRIMARY KEY, lvl level);
CREATE FUNCTION is_high(l level) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT l = 'high' $$;
CREATE VIEW high_alarms AS SELECT id FROM alarm WHERE is_high(lvl);
-- @to
CREATE TABLE alarm (id integer PRIMARY KEY);
