-- A sequence becomes OWNED BY a column.
-- @from
CREATE TABLE t (id integer);
CREATE SEQUENCE t_id_seq;
-- @to
CREATE TABLE t (id integer);
CREATE SEQUENCE t_id_seq OWNED BY t.id;
