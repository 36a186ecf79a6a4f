-- An exclusion constraint mixing equality and overlap, needing btree_gist.
-- @from
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange);
-- @to
CREATE EXTENSION btree_gist;
CREATE TABLE booking (id integer PRIMARY KEY, room integer, during tstzrange,
    CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0));
-- @rows
INSERT INTO booking (id, room, during) VALUES (1, 1, '[2024-06-01 10:00+00,2024-06-01 11:00+00)'), (2, 2, '[2024-06-01 10:00+00,2024-06-01 11:00+00)');
