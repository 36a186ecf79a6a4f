-- ON DELETE SET NULL (column list), PostgreSQL 15+.
-- @from
CREATE TABLE parent (tenant integer, id integer, PRIMARY KEY (tenant, id));
CREATE TABLE child (tenant integer NOT NULL, id integer PRIMARY KEY, parent_id integer,
    CONSTRAINT child_parent_fk FOREIGN KEY (tenant, parent_id) REFERENCES parent (tenant, id));
-- @to
CREATE TABLE parent (tenant integer, id integer, PRIMARY KEY (tenant, id));
CREATE TABLE child (tenant integer NOT NULL, id integer PRIMARY KEY, parent_id integer,
    CONSTRAINT child_parent_fk FOREIGN KEY (tenant, parent_id) REFERENCES parent (tenant, id) ON DELETE SET NULL (parent_id));
-- @rows
INSERT INTO parent (tenant, id) VALUES (1, 1), (2, 2);
INSERT INTO child (tenant, id, parent_id) VALUES (1, 1, 1), (2, 2, 2);
