-- UPDATE → INSERT OR UPDATE OF v.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, v text, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
-- @to
CREATE TABLE t (id integer PRIMARY KEY, v text, updated timestamptz);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER t_touch BEFORE INSERT OR UPDATE OF v ON t FOR EACH ROW EXECUTE FUNCTION touch();
