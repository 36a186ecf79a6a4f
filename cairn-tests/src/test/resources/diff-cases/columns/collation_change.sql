-- A column collation changes (C → POSIX… both always exist).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text COLLATE "C"
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text COLLATE "POSIX"
);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1'), (2, 'v2');
