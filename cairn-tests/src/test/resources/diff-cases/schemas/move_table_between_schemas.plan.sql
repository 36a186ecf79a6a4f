-- Golden plans of schemas/move_table_between_schemas.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS old_s.t: table is dropped with all its rows
-- Drop table old_s.t [DATA LOSS]
DROP TABLE old_s.t;

-- Create table new_s.t
CREATE TABLE new_s.t (
    id integer
);
-- @reverse
-- warning: DATA_LOSS new_s.t: table is dropped with all its rows
-- Drop table new_s.t [DATA LOSS]
DROP TABLE new_s.t;

-- Create table old_s.t
CREATE TABLE old_s.t (
    id integer
);
