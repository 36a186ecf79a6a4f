-- One column type change with a view, an index, a check, a policy and a trigger WHEN all depending on it.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, n integer CHECK (n >= 0));
CREATE INDEX t_n_idx ON t (n) WHERE n > 10;
CREATE VIEW tv AS SELECT id, n FROM t;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_pos ON t USING (n > 0);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_noop BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.n > 100) EXECUTE FUNCTION noop();
-- @to
CREATE TABLE t (id integer PRIMARY KEY, n bigint CHECK (n >= 0));
CREATE INDEX t_n_idx ON t (n) WHERE n > 10;
CREATE VIEW tv AS SELECT id, n FROM t;
ALTER TABLE t ENABLE ROW LEVEL SECURITY;
CREATE POLICY t_pos ON t USING (n > 0);
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER t_noop BEFORE UPDATE ON t FOR EACH ROW WHEN (NEW.n > 100) EXECUTE FUNCTION noop();
