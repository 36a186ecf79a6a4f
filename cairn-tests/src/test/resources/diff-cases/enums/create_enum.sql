-- An enum type appears.
-- @from
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
