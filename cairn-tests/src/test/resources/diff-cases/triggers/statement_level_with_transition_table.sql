-- An AFTER statement trigger with a transition table.
-- @from
CREATE TABLE t (id integer, v text);
CREATE TABLE audit (n bigint);

CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit SELECT count(*) FROM new_rows; RETURN NULL; END $$;
-- @to
CREATE TABLE t (id integer, v text);
CREATE TABLE audit (n bigint);

CREATE FUNCTION count_new() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO audit SELECT count(*) FROM new_rows; RETURN NULL; END $$;
CREATE TRIGGER t_count AFTER INSERT ON t REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_new();
