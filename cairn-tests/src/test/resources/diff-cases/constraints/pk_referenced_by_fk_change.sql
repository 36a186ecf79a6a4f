-- A primary key referenced by a foreign key changes: the FK must be dropped first and recreated.
-- @from
CREATE TABLE parent (id integer NOT NULL, tenant integer NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id), CONSTRAINT parent_id_tenant_key UNIQUE (id, tenant));
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer, CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id));
-- @to
CREATE TABLE parent (id integer NOT NULL, tenant integer NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id, tenant));
CREATE TABLE child (id integer PRIMARY KEY, parent_id integer, parent_tenant integer, CONSTRAINT child_parent_fk FOREIGN KEY (parent_id, parent_tenant) REFERENCES parent (id, tenant));
-- @rows
INSERT INTO parent (id, tenant) VALUES (1, 1), (2, 2);
INSERT INTO child (id, parent_id) VALUES (1, 1), (2, 2);
