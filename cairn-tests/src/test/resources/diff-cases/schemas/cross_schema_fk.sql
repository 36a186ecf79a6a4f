-- A foreign key across schemas.
-- @from
CREATE SCHEMA core;
CREATE SCHEMA app;
CREATE TABLE core.account (id integer PRIMARY KEY);
CREATE TABLE app.session (id integer PRIMARY KEY, account_id integer);
-- @to
CREATE SCHEMA core;
CREATE SCHEMA app;
CREATE TABLE core.account (id integer PRIMARY KEY);
CREATE TABLE app.session (id integer PRIMARY KEY, account_id integer REFERENCES core.account (id));
