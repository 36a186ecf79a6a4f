-- An exclusion constraint mixing equality and overlap, needing btree_gist.
-- @from
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange);
-- @to
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange,
    CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0));
