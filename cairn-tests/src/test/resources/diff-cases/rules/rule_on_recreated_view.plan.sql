-- Golden plans of rules/rule_on_recreated_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop rule public.item_v.item_v_ins
DROP RULE item_v_ins ON public.item_v;

-- Drop view public.item_v
DROP VIEW public.item_v;

-- Change type of public.item.qty to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE bigint;

-- Create view public.item_v
CREATE VIEW public.item_v AS
SELECT id,
    qty
   FROM public.item;

-- Create rule public.item_v.item_v_ins
CREATE RULE item_v_ins AS
    ON INSERT TO public.item_v DO INSTEAD  INSERT INTO public.item (id, qty)
  VALUES (new.id, new.qty);
-- @reverse
-- Drop rule public.item_v.item_v_ins
DROP RULE item_v_ins ON public.item_v;

-- Drop view public.item_v
DROP VIEW public.item_v;

-- Change type of public.item.qty to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE integer;

-- Create view public.item_v
CREATE VIEW public.item_v AS
SELECT id,
    qty
   FROM public.item;

-- Create rule public.item_v.item_v_ins
CREATE RULE item_v_ins AS
    ON INSERT TO public.item_v DO INSTEAD  INSERT INTO public.item (id, qty)
  VALUES (new.id, new.qty);
