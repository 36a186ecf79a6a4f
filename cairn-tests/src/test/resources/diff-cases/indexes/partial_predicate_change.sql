-- A partial index predicate changes.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_live_idx ON doc (created) WHERE NOT deleted;
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_live_idx ON doc (created) WHERE NOT deleted AND score > 0;
