-- An enum type disappears.
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
-- @to
