-- A self-referencing FK (tree).
-- @from
CREATE TABLE node (id integer PRIMARY KEY, parent_id integer);
-- @to
CREATE TABLE node (id integer PRIMARY KEY, parent_id integer REFERENCES node (id) ON DELETE CASCADE);
-- @rows
INSERT INTO node (id, parent_id) VALUES (1, 1), (2, 2);
