-- Declaration order differs but the schema is the same: no change.
-- @from
CREATE TABLE c (id integer);
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
-- @to
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE TABLE c (id integer);
-- @rows
INSERT INTO a (id) VALUES (1), (2);
INSERT INTO b (id) VALUES (1), (2);
INSERT INTO c (id) VALUES (1), (2);
