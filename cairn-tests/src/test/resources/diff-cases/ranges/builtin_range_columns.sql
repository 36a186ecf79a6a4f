-- Built-in range and multirange column types.
-- @from
CREATE TABLE booking (id integer PRIMARY KEY);
-- @to
CREATE TABLE booking (id integer PRIMARY KEY, during tstzrange, days daterange, slots int4multirange);
