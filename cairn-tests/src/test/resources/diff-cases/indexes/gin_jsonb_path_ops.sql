-- GIN with the jsonb_path_ops opclass.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_data_idx ON doc USING gin (data);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, title text, body text, tags text[], data jsonb, created timestamptz, score integer, deleted boolean DEFAULT false, loc point, during tstzrange);
CREATE INDEX doc_data_idx ON doc USING gin (data jsonb_path_ops);
