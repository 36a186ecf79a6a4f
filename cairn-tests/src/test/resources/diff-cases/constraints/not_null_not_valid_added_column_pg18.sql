-- PostgreSQL 18: a column added with a NOT VALID NOT NULL (ADD COLUMN cannot say NOT VALID: the constraint is
-- added after the column).
-- @expect-sql-contains ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID
-- @from
CREATE TABLE t (id integer);
-- @to
CREATE TABLE t (id integer, code text);
ALTER TABLE t ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID;
