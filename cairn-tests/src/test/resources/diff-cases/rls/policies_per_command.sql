-- Several policies, one per command.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;

CREATE POLICY doc_read ON doc FOR SELECT USING (public OR owner_name = current_user);
CREATE POLICY doc_insert ON doc FOR INSERT WITH CHECK (owner_name = current_user);
CREATE POLICY doc_update ON doc FOR UPDATE USING (owner_name = current_user) WITH CHECK (owner_name = current_user);
CREATE POLICY doc_delete ON doc FOR DELETE USING (owner_name = current_user);
