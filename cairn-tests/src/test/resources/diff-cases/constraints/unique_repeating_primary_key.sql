-- A unique constraint on the primary key's columns, and two unique constraints of the same shape. CREATE TABLE
-- would silently drop the repeats (PostgreSQL keeps one index per shape in one statement), so they are added by
-- ALTER TABLE after it. Found by the differential property test.
-- @from
-- @to
CREATE TABLE t (id integer PRIMARY KEY, a text, CONSTRAINT t_id_key UNIQUE (id), CONSTRAINT t_a_key UNIQUE (a));
ALTER TABLE t ADD CONSTRAINT t_a_again UNIQUE (a);
ALTER TABLE t ADD CONSTRAINT t_a_nnd UNIQUE NULLS NOT DISTINCT (a);
