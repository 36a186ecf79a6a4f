-- A check is dropped.
-- @from
CREATE DOMAIN code AS text CONSTRAINT code_nonempty CHECK (VALUE <> '') CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
-- @to
CREATE DOMAIN code AS text CONSTRAINT code_nonempty CHECK (VALUE <> '');
