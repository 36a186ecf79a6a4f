-- Golden plans of views/over_column_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.emp.dept: column is dropped with its values
-- Drop view public.v
DROP VIEW public.v;

-- Drop column public.emp.dept [DATA LOSS]
ALTER TABLE public.emp DROP COLUMN dept;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.emp;
-- @reverse
-- warning: COLUMN_ORDER public.emp: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, salary, active, dept; the schema says id, name, salary, dept, active)
-- Add column public.emp.dept
ALTER TABLE public.emp ADD COLUMN dept text;

-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT id,
    dept
   FROM public.emp;
