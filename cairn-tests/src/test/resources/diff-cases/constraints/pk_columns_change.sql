-- The primary key moves to two columns.
-- @from
CREATE TABLE t (id integer NOT NULL, tenant integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (id));
-- @to
CREATE TABLE t (id integer NOT NULL, tenant integer NOT NULL, CONSTRAINT t_pkey PRIMARY KEY (tenant, id));
-- @rows
INSERT INTO t (id, tenant) VALUES (1, 1), (2, 2);
