-- A second named check is added.
-- @from
CREATE DOMAIN code AS text CONSTRAINT code_nonempty CHECK (VALUE <> '');
-- @to
CREATE DOMAIN code AS text CONSTRAINT code_nonempty CHECK (VALUE <> '') CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
