-- Golden plans of schemas/same_name_in_two_schemas.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column b.item.extra
ALTER TABLE b.item ADD COLUMN extra text;
-- @reverse
-- warning: DATA_LOSS b.item.extra: column is dropped with its values
-- Drop column b.item.extra [DATA LOSS]
ALTER TABLE b.item DROP COLUMN extra;
