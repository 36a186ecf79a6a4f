-- An FK referencing a UNIQUE constraint rather than the PK.
-- @from
CREATE TABLE country (id integer PRIMARY KEY, iso char(2) NOT NULL UNIQUE);
CREATE TABLE city (id integer PRIMARY KEY, country_iso char(2));
-- @to
CREATE TABLE country (id integer PRIMARY KEY, iso char(2) NOT NULL UNIQUE);
CREATE TABLE city (id integer PRIMARY KEY, country_iso char(2) REFERENCES country (iso));
