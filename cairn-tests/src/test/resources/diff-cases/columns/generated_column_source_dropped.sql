-- A generated column and the column it is computed from are both dropped: the generated one goes first.
-- @from
CREATE TABLE t (id int, a jsonb, g text GENERATED ALWAYS AS (a->>'x') STORED);
-- @rows
INSERT INTO t (id, a) VALUES (1, '{"x": "one"}'), (2, NULL);
-- @to
CREATE TABLE t (id int);
