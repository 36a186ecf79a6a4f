-- Type changes and the default must be re-cast: text default "0" → integer default 0.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n text DEFAULT '0'
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer DEFAULT 0
);
-- @rows
INSERT INTO item (id, n) VALUES (1, '1'), (2, '42');
