-- Two tables joined by a foreign key become UNLOGGED (and back): PostgreSQL refuses a logged table referencing an
-- unlogged one, so the referencing table becomes unlogged first, and logged again last.
-- @from
CREATE TABLE a_parent (id integer PRIMARY KEY);
CREATE TABLE b_child (id integer PRIMARY KEY, parent_id integer REFERENCES a_parent);
-- @to
CREATE UNLOGGED TABLE a_parent (id integer PRIMARY KEY);
CREATE UNLOGGED TABLE b_child (id integer PRIMARY KEY, parent_id integer REFERENCES a_parent);
-- @rows
INSERT INTO a_parent (id) VALUES (1);
INSERT INTO b_child (id, parent_id) VALUES (1, 1);
