-- A default uses an extension function (pgcrypto).
-- @from
CREATE TABLE t (id uuid PRIMARY KEY);
-- @to
CREATE EXTENSION pgcrypto;
CREATE TABLE t (id uuid PRIMARY KEY, secret text DEFAULT encode(gen_random_bytes(8), 'hex'));
