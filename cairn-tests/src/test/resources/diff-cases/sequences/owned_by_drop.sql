-- OWNED BY is removed.
-- @from
CREATE TABLE t (id integer);
CREATE SEQUENCE t_id_seq OWNED BY t.id;
-- @to
CREATE TABLE t (id integer);
CREATE SEQUENCE t_id_seq;
