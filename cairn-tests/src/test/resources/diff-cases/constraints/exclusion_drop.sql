-- An exclusion constraint is dropped.
-- @from
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));
-- @to
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange);
