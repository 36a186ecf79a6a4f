-- An FK referencing a UNIQUE constraint rather than the PK.
-- @from
CREATE TABLE country (id integer PRIMARY KEY, iso char(2) NOT NULL UNIQUE);
CREATE TABLE city (id integer PRIMARY KEY, country_iso char(2));
-- @to
CREATE TABLE country (id integer PRIMARY KEY, iso char(2) NOT NULL UNIQUE);
CREATE TABLE city (id integer PRIMARY KEY, country_iso char(2) REFERENCES country (iso));
-- @rows
INSERT INTO city (id, country_iso) VALUES (1, 'v1'), (2, 'v2');
INSERT INTO country (id, iso) VALUES (1, 'v1'), (2, 'v2');
