-- A column used by a policy changes type: the policy must be dropped and recreated.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_public ON doc USING (public);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public integer DEFAULT 0);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_public ON doc USING (public = 1);
