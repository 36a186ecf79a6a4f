-- An enum loses a value while a check, a partial index, an expression index, a policy and a trigger WHEN compare its column with labels: all are dropped and recreated around the type swap.
-- @expect-warning data-loss
-- @from
CREATE TYPE st AS ENUM ('new', 'open', 'closed', 'archived');
CREATE TABLE ticket (id integer PRIMARY KEY, s st NOT NULL DEFAULT 'new', note text,
    CONSTRAINT ticket_closed_note CHECK (s <> 'closed' OR note IS NOT NULL));
CREATE INDEX ticket_open_idx ON ticket (id) WHERE s = 'open';
CREATE INDEX ticket_s_closed_idx ON ticket ((s = 'closed'));
ALTER TABLE ticket ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_visible ON ticket USING (s <> 'archived');
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER ticket_reopen BEFORE UPDATE ON ticket FOR EACH ROW WHEN (OLD.s = 'closed') EXECUTE FUNCTION noop();
COMMENT ON CONSTRAINT ticket_closed_note ON ticket IS 'closing needs a note';
COMMENT ON INDEX ticket_open_idx IS 'open tickets';
-- @to
CREATE TYPE st AS ENUM ('new', 'open', 'closed');
CREATE TABLE ticket (id integer PRIMARY KEY, s st NOT NULL DEFAULT 'new', note text,
    CONSTRAINT ticket_closed_note CHECK (s <> 'closed' OR note IS NOT NULL));
CREATE INDEX ticket_open_idx ON ticket (id) WHERE s = 'open';
CREATE INDEX ticket_s_closed_idx ON ticket ((s = 'closed'));
ALTER TABLE ticket ENABLE ROW LEVEL SECURITY;
CREATE POLICY ticket_visible ON ticket USING (s <> 'closed');
CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER ticket_reopen BEFORE UPDATE ON ticket FOR EACH ROW WHEN (OLD.s = 'closed') EXECUTE FUNCTION noop();
COMMENT ON CONSTRAINT ticket_closed_note ON ticket IS 'closing needs a note';
COMMENT ON INDEX ticket_open_idx IS 'open tickets';
-- @rows
INSERT INTO ticket (id, s, note) VALUES (1, 'new', 'v1'), (2, 'open', 'v2');
