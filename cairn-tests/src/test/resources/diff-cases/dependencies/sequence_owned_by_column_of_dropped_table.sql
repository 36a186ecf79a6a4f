-- A table is dropped; a sequence OWNED BY its column is dropped with it and must not be dropped twice.
-- @from
CREATE TABLE t (id integer);
CREATE SEQUENCE t_seq OWNED BY t.id;
-- @to
