-- A view reading itself that reads a table column whose type changes: dropped and created again from its stand-in.
-- @from
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE OR REPLACE VIEW v AS SELECT id FROM t UNION ALL SELECT id FROM v WHERE false;
-- @rows
INSERT INTO t VALUES (1), (2);
-- @to
CREATE TABLE t (id bigint);
CREATE VIEW v AS SELECT id FROM t;
CREATE OR REPLACE VIEW v AS SELECT id FROM t UNION ALL SELECT id FROM v WHERE false;
