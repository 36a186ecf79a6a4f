-- A composite FK becomes MATCH FULL.
-- @from
CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (id integer PRIMARY KEY, pa integer, pb integer, CONSTRAINT child_fk FOREIGN KEY (pa, pb) REFERENCES parent (a, b));
-- @to
CREATE TABLE parent (a integer, b integer, PRIMARY KEY (a, b));
CREATE TABLE child (id integer PRIMARY KEY, pa integer, pb integer, CONSTRAINT child_fk FOREIGN KEY (pa, pb) REFERENCES parent (a, b) MATCH FULL);
-- @rows
INSERT INTO parent (a, b) VALUES (1, 1), (2, 2);
INSERT INTO child (id, pa, pb) VALUES (1, 1, 1), (2, 2, 2);
