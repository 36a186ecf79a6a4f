-- An enum used as an array column gains a label.
-- @from
CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id integer, tags mood[]);
-- @to
CREATE TYPE mood AS ENUM ('a', 'b', 'c');
CREATE TABLE t (id integer, tags mood[]);
-- @rows
INSERT INTO t (id, tags) VALUES (1, '{a}'), (2, '{a,b}');
