-- text → integer needs USING.
-- @expect-sql-contains USING
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer
);
-- @rows
INSERT INTO item (id, qty) VALUES (1, '1'), (2, '42');
