-- FOR ALL → FOR SELECT (cannot be altered: drop and create).
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc USING (owner_name = current_user);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY doc_owner ON doc FOR SELECT USING (owner_name = current_user);
