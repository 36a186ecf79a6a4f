-- Golden plans of rules/rule_on_view_writes_other_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.item_log
CREATE TABLE public.item_log (
    id integer,
    name text,
    at timestamp with time zone DEFAULT now()
);

-- Create rule public.item_v.item_v_ins
CREATE RULE item_v_ins AS
    ON INSERT TO public.item_v DO INSTEAD ( INSERT INTO public.item (id, name)
  VALUES (new.id, new.name);
 INSERT INTO public.item_log (id, name)
  VALUES (new.id, new.name);
);
-- @reverse
-- warning: DATA_LOSS public.item_log: table is dropped with all its rows
-- Drop rule public.item_v.item_v_ins
DROP RULE item_v_ins ON public.item_v;

-- Drop table public.item_log [DATA LOSS]
DROP TABLE public.item_log;
