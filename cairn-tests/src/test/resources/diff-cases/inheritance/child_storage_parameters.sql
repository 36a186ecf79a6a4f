-- Storage parameters are per table: a parent's are not inherited, a child has its own.
-- @from
CREATE TABLE item (id integer NOT NULL) WITH (fillfactor = 70);
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL);
CREATE TABLE book (isbn text) INHERITS (item) WITH (fillfactor = 60);
