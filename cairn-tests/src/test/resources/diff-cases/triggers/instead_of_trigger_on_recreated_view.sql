-- A view with a commented INSTEAD OF trigger is recreated (a column it uses changes type): the trigger comes back with it; another trigger's definition changes.
-- @expect-sql-contains CREATE TRIGGER tv_ins INSTEAD OF INSERT ON public.tv
-- @from
CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION tv_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t (id, v) VALUES (NEW.id, NEW.v); RETURN NEW; END $$;
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON tv FOR EACH ROW EXECUTE FUNCTION tv_write();
COMMENT ON TRIGGER tv_ins ON tv IS 'writes through';
CREATE VIEW tw AS SELECT id, v FROM t;
CREATE TRIGGER tw_write INSTEAD OF INSERT ON tw FOR EACH ROW EXECUTE FUNCTION tv_write();
-- @to
CREATE TABLE t (id bigint PRIMARY KEY, v text);
CREATE VIEW tv AS SELECT id, v FROM t;
CREATE FUNCTION tv_write() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t (id, v) VALUES (NEW.id, NEW.v); RETURN NEW; END $$;
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON tv FOR EACH ROW EXECUTE FUNCTION tv_write();
COMMENT ON TRIGGER tv_ins ON tv IS 'writes through';
CREATE VIEW tw AS SELECT id, v FROM t;
CREATE TRIGGER tw_write INSTEAD OF INSERT OR UPDATE ON tw FOR EACH ROW EXECUTE FUNCTION tv_write();
