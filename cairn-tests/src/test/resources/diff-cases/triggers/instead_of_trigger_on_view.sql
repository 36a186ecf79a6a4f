-- An INSTEAD OF trigger on a view.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, v text, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE VIEW tv AS SELECT id, v FROM t;
-- @to
CREATE TABLE t (id integer PRIMARY KEY, v text, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;

CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION tv_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t (id, v) VALUES (NEW.id, NEW.v); RETURN NEW; END $$;
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON tv FOR EACH ROW EXECUTE FUNCTION tv_insert();
