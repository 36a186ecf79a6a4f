-- A table disappears: its rows go with it.
-- @expect-warning data-loss
-- @from
CREATE TABLE account (id integer PRIMARY KEY, email text NOT NULL);
-- @to
-- @rows
INSERT INTO account (id, email) VALUES (1, 'v1'), (2, 'v2');
