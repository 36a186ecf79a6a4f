-- A second table next to an unchanged one.
-- @from
CREATE TABLE a (id integer PRIMARY KEY);
-- @to
CREATE TABLE a (id integer PRIMARY KEY);
CREATE TABLE b (id integer PRIMARY KEY, note text);
-- @rows
INSERT INTO a (id) VALUES (1), (2);
