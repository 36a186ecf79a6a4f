-- A table under a new name: without rename hints the differ sees drop + create.
-- @from
CREATE TABLE old_name (id integer PRIMARY KEY);
-- @to
CREATE TABLE new_name (id integer PRIMARY KEY);
-- @rows
INSERT INTO old_name (id) VALUES (1), (2);
