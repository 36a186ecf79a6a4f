-- Enum columns become an integer and another enum, a text column becomes a text array: no such casts exist, so the plan converts through text and warns instead of emitting a cast PostgreSQL rejects.
-- @expect-warning unsupported
-- @expect-revert-warning unsupported
-- @expect-sql-contains level::text::integer
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id integer, level mood, f mood, tags text);
INSERT INTO t (id) VALUES (1);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE feeling AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE t (id integer, level integer, f feeling, tags text[]);
