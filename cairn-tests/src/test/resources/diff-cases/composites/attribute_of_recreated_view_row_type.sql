-- A composite type has an attribute of a view's row type, and the view is redefined in a way CREATE OR REPLACE
-- cannot do (its columns change): the view is dropped and created again, so the attribute is dropped before it and
-- added again after. Found by the differential property test.
-- @expect-warning data-loss
-- @from
CREATE TABLE t (id integer PRIMARY KEY, a text, b text);
CREATE VIEW v AS SELECT id, a FROM t;
CREATE TYPE ct AS (x integer, y v);
-- @to
CREATE TABLE t (id integer PRIMARY KEY, a text, b text);
CREATE VIEW v AS SELECT id, b FROM t;
CREATE TYPE ct AS (x integer, y v);
