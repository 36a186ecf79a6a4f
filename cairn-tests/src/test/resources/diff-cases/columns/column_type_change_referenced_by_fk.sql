-- A key column widened while a foreign key references it: both sides must change together.
-- @from
CREATE TABLE parent (id integer PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer REFERENCES parent (id));
-- @to
CREATE TABLE parent (id bigint PRIMARY KEY);
CREATE TABLE child (id integer PRIMARY KEY, parent_id bigint REFERENCES parent (id));
-- @rows
INSERT INTO parent (id) VALUES (1), (2);
INSERT INTO child (id, parent_id) VALUES (1, 1), (2, 2);
