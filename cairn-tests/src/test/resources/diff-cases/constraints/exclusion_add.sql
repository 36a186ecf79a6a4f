-- An exclusion constraint (gist on a range).
-- @from
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange);
-- @to
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&));
-- @rows
INSERT INTO booking (id, during) VALUES (1, '[2024-06-01 10:00+00,2024-06-01 11:00+00)'), (2, '[2024-06-01 12:00+00,2024-06-01 13:00+00)');
