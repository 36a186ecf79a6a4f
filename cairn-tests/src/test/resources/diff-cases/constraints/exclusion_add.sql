-- An exclusion constraint (gist on a range).
-- @from
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange);
-- @to
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));
