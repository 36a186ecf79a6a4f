-- INCLUDE columns added.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_created_idx ON doc (created);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_created_idx ON doc (created) INCLUDE (title, score);
