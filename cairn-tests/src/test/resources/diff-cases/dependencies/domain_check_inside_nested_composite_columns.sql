-- A domain gains a check while table columns hold it inside composites (an array of one, a composite nesting another, with a default and a check): the columns go through text around the ALTER DOMAIN, rows included.
-- @expect-sql-contains USING ps::text
-- @from
CREATE DOMAIN pos AS integer;
CREATE TYPE pair AS (a pos, b integer);
CREATE TYPE outer_t AS (p pair, label text);
CREATE TABLE t (id integer, ps pair[] DEFAULT ARRAY[ROW(1, 2)::pair], o outer_t, n pos,
    CONSTRAINT t_o_check CHECK ((o).label <> ''));
INSERT INTO t VALUES (1, ARRAY[ROW(1, 2)::pair], ROW(ROW(3, 4)::pair, 'x')::outer_t, 5);
-- @to
CREATE DOMAIN pos AS integer CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE TYPE pair AS (a pos, b integer);
CREATE TYPE outer_t AS (p pair, label text);
CREATE TABLE t (id integer, ps pair[] DEFAULT ARRAY[ROW(1, 2)::pair], o outer_t, n pos,
    CONSTRAINT t_o_check CHECK ((o).label <> ''));
