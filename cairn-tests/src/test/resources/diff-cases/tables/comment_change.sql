-- A table comment changes, with a quote in it.
-- @from
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'old';
-- @to
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'it''s new';
-- @rows
INSERT INTO t (id) VALUES (1), (2);
