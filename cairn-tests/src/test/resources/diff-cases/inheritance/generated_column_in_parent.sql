-- A parent's generated column reaches its child; a change of its expression is made once, on the parent (the child
-- has no columns of its own, so the column keeps its place however the parent changes it).
-- @expect-sql-not-contains ALTER TABLE public.book
-- @lossy book.twice the expression changes: the values are computed again
-- @from
CREATE TABLE item (id integer NOT NULL, qty integer, twice integer GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE book () INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, qty integer, twice integer GENERATED ALWAYS AS (qty * 3) STORED);
CREATE TABLE book () INHERITS (item);
-- @rows
INSERT INTO book (id, qty) VALUES (1, 2);
