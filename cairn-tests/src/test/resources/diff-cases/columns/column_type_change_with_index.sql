-- Type change on an indexed column: the index must survive.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    code varchar(10)
);
CREATE INDEX item_code_idx ON item (code);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    code varchar(50)
);
CREATE INDEX item_code_idx ON item (code);
-- @rows
INSERT INTO item (id, code) VALUES (1, 'v1'), (2, 'v2');
