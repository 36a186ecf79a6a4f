-- An unpopulated materialized view recreated because its query changes stays unpopulated; one that becomes
-- populated is recreated populated.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA;
CREATE MATERIALIZED VIEW p AS SELECT id FROM t WITH NO DATA;
-- @to
CREATE TABLE t (id integer PRIMARY KEY, a integer);
CREATE MATERIALIZED VIEW m AS SELECT id, a FROM t WITH NO DATA;
CREATE MATERIALIZED VIEW p AS SELECT id FROM t;
