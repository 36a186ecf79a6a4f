-- A new enum value becomes a column's default and appears in a check: PostgreSQL cannot use it in the transaction that adds it, so the plan runs in two transactions.
-- @expect-warning usable-after-commit
-- @from
CREATE TYPE st AS ENUM ('a', 'b');
CREATE TABLE t (id integer, s st DEFAULT 'a');
-- @to
CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id integer, s st DEFAULT 'c', CONSTRAINT t_s_check CHECK (s <> 'b'), CONSTRAINT t_not_c CHECK (s IS NULL OR s::text <> 'x'));
CREATE INDEX t_c_idx ON t (id) WHERE s = 'c';
-- @rows
-- only 'a': the target's check refuses 'b'
INSERT INTO t (id, s) VALUES (1, 'a'), (2, 'a');
