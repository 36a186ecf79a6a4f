-- PostgreSQL 18 virtual generated column (the default kind without STORED).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer,
    doubled integer GENERATED ALWAYS AS (a * 2) VIRTUAL
);
-- @rows
INSERT INTO item (id, a) VALUES (1, 1), (2, 2);
