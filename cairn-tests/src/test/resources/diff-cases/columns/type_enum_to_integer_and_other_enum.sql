-- Enum columns become an integer and another enum, a text column becomes a text array: no such casts exist, so the plan converts through text and warns instead of emitting a cast PostgreSQL rejects.
-- @expect-warning unsupported
-- @expect-revert-warning unsupported
-- @expect-sql-contains level::text::integer
-- @lossy t.tags each value becomes a one-element array
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id integer, level mood, f mood, tags text);
INSERT INTO t (id) VALUES (1);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id integer, level integer, f feeling, tags text[]);
-- @rows
-- level stays NULL: no enum label reads as an integer (the plan warns that the conversion fails on them)
INSERT INTO t (id, level, f, tags) VALUES (2, NULL, 'sad', 'v1'), (3, NULL, 'ok', 'v2');
