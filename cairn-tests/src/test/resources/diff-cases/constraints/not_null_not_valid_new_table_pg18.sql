-- PostgreSQL 18: a new table whose named NOT NULL constraint is NOT VALID (it cannot be written inline), and a NOT VALID one that gets validated.
-- @expect-sql-contains ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID
-- @from
CREATE TABLE u (id integer, x integer);
ALTER TABLE u ADD CONSTRAINT u_x_nn NOT NULL x NOT VALID;
-- @to
CREATE TABLE t (id integer NOT NULL, code text);
ALTER TABLE t ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID;
CREATE TABLE u (id integer, x integer);
ALTER TABLE u ADD CONSTRAINT u_x_nn NOT NULL x;
-- @rows
INSERT INTO u (id, x) VALUES (1, 1), (2, 2);
