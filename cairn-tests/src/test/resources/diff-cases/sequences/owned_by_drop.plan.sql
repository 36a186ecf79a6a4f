-- Golden plans of sequences/owned_by_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Detach sequence public.t_id_seq from its column
ALTER SEQUENCE public.t_id_seq OWNED BY NONE;
-- @reverse
-- Attach sequence public.t_id_seq to column t.id
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;
