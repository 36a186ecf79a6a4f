-- A new ICU collation (case-insensitive, not deterministic) used by an existing column, a new domain and an index:
-- the collation is created before them and, back, dropped after them; the column keeps its rows.
-- @from
CREATE TABLE person (id int PRIMARY KEY, email text NOT NULL);
-- @rows
INSERT INTO person VALUES (1, 'A@x.org'), (2, 'b@x.org');
-- @to
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION ci IS 'case-insensitive';
CREATE DOMAIN ci_text AS text COLLATE ci;
CREATE TABLE person (id int PRIMARY KEY, email text COLLATE ci NOT NULL, nick ci_text);
CREATE INDEX person_email ON person (email COLLATE ci);
