-- A unique index that a foreign key uses goes away together with the referencing table: the foreign key (or its table) must go before the index.
-- @expect-warning data-loss
-- @from
CREATE TABLE account (id integer PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX account_code_idx ON account (code);
CREATE TABLE login (id integer PRIMARY KEY, account_code text REFERENCES account (code));
-- @to
CREATE TABLE account (id integer PRIMARY KEY, code text NOT NULL);
