-- A domain default appears.
-- @from
CREATE DOMAIN flag AS boolean;
-- @to
CREATE DOMAIN flag AS boolean DEFAULT false;
