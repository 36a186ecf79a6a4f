-- Row level security is enabled.
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, public boolean DEFAULT false);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
