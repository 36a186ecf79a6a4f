-- An index is dropped.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_title_idx ON doc (title);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
