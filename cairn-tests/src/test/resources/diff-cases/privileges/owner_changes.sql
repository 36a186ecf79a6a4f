-- Owners compared too: the owner's revoked privileges move with ownership (ALTER … OWNER TO hands them to the new
-- owner), so a new owner keeping the same cut-down set needs no grant; one going back to the defaults does.
-- @catalog ownership privileges
-- @expect-sql-not-contains REVOKE DELETE ON TABLE public.same
-- @from
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE same (id int);
ALTER TABLE same OWNER TO cairn_rt_owner;
REVOKE DELETE ON same FROM cairn_rt_owner;
CREATE TABLE back (id int);
ALTER TABLE back OWNER TO cairn_rt_owner;
REVOKE ALL ON back FROM cairn_rt_owner;
CREATE TABLE cut (id int);
ALTER TABLE cut OWNER TO cairn_rt_owner;
-- @rows
INSERT INTO same VALUES (1);
-- @to
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE same (id int);
ALTER TABLE same OWNER TO cairn_rt_reader;
REVOKE DELETE ON same FROM cairn_rt_reader;
CREATE TABLE back (id int);
ALTER TABLE back OWNER TO cairn_rt_reader;
CREATE TABLE cut (id int);
ALTER TABLE cut OWNER TO cairn_rt_reader;
REVOKE UPDATE ON cut FROM cairn_rt_reader;
