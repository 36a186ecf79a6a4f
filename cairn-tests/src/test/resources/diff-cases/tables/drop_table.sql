-- A table disappears: its rows go with it.
-- @expect-warning data-loss
-- @from
CREATE TABLE account (id integer PRIMARY KEY, email text NOT NULL);
-- @to
