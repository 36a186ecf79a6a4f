-- An enum in one schema used by a table in public gains a label.
-- @expect-sql-contains ADD VALUE
-- @from
CREATE SCHEMA ref;
CREATE TYPE ref.color AS ENUM ('red', 'green');
CREATE TABLE paint (id integer, c ref.color);
-- @to
CREATE SCHEMA ref;
CREATE TYPE ref.color AS ENUM ('red', 'green', 'blue');
CREATE TABLE paint (id integer, c ref.color);
