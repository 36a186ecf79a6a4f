-- GIN with pg_trgm's opclass (an extension opclass).
-- @from
CREATE EXTENSION pg_trgm;
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
-- @to
CREATE EXTENSION pg_trgm;
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_title_trgm_idx ON doc USING gin (title gin_trgm_ops);
