-- Labels with quotes, spaces and non-ASCII.
-- @from
CREATE TYPE mood AS ENUM ('a');
-- @to
CREATE TYPE mood AS ENUM ('a', 'it''s fine', 'très bien', '');
