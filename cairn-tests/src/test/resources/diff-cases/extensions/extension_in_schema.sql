-- An extension installed into its own schema.
-- @from
-- @to
CREATE SCHEMA ext;
CREATE EXTENSION hstore SCHEMA ext;
CREATE TABLE kv (id integer, attrs ext.hstore);
