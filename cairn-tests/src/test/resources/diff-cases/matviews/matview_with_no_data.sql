-- A materialized view made WITH NO DATA is created unpopulated.
-- @expect-sql-contains WITH NO DATA
-- @from
CREATE TABLE t (id integer PRIMARY KEY);
-- @to
CREATE TABLE t (id integer PRIMARY KEY);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA;
CREATE INDEX m_id ON m (id);
