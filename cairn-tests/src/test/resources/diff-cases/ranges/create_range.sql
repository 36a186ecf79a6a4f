-- A range type appears.
-- @from
-- @to
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE measurement (id integer PRIMARY KEY, span floatrange);
