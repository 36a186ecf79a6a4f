-- Golden plans of views/view_on_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.emp
CREATE TABLE public.emp (
    id integer NOT NULL,
    name text NOT NULL,
    salary numeric(10,2),
    dept text,
    active boolean DEFAULT true,
    CONSTRAINT emp_pkey PRIMARY KEY (id)
);

-- Create view public.active_emp
CREATE VIEW public.active_emp AS
SELECT id,
    name,
    salary,
    dept,
    active
   FROM public.emp
  WHERE active;

-- Create view public.active_names
CREATE VIEW public.active_names AS
SELECT name
   FROM public.active_emp
  ORDER BY name;
-- @reverse
-- warning: DATA_LOSS public.emp: table is dropped with all its rows
-- Drop view public.active_names
DROP VIEW public.active_names;

-- Drop view public.active_emp
DROP VIEW public.active_emp;

-- Drop table public.emp [DATA LOSS]
DROP TABLE public.emp;
