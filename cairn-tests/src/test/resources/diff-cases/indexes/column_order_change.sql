-- Column order in a multi-column index changes.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_idx ON doc (title, created);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_idx ON doc (created, title);
