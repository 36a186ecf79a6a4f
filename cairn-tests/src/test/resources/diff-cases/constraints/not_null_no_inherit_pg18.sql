-- PostgreSQL 18: NOT NULL NO INHERIT, on a new table, set on a column, and made inheritable again
-- (dropped and added: the way back adds it NO INHERIT again).
-- @expect-sql-contains NOT NULL NO INHERIT
-- @from
CREATE TABLE t (id integer NOT NULL NO INHERIT, a integer NOT NULL);
-- @to
CREATE TABLE t (id integer NOT NULL, a integer NOT NULL NO INHERIT);
CREATE TABLE n (id integer CONSTRAINT n_id_required NOT NULL NO INHERIT, b integer NOT NULL NO INHERIT);
-- @rows
INSERT INTO t (id, a) VALUES (1, 1), (2, 2);
