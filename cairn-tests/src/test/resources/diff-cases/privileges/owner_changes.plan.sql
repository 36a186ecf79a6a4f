-- Golden plans of privileges/owner_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make cairn_rt_reader owner of table public.back
ALTER TABLE public.back OWNER TO cairn_rt_reader;

-- Make cairn_rt_reader owner of table public.cut
ALTER TABLE public.cut OWNER TO cairn_rt_reader;

-- Make cairn_rt_reader owner of table public.same
ALTER TABLE public.same OWNER TO cairn_rt_reader;

-- Grant ALL on table public.back to cairn_rt_reader
GRANT ALL ON TABLE public.back TO cairn_rt_reader;

-- Revoke UPDATE on table public.cut from cairn_rt_reader
REVOKE UPDATE ON TABLE public.cut FROM cairn_rt_reader;
-- @reverse
-- Make cairn_rt_owner owner of table public.back
ALTER TABLE public.back OWNER TO cairn_rt_owner;

-- Make cairn_rt_owner owner of table public.cut
ALTER TABLE public.cut OWNER TO cairn_rt_owner;

-- Make cairn_rt_owner owner of table public.same
ALTER TABLE public.same OWNER TO cairn_rt_owner;

-- Revoke ALL on table public.back from cairn_rt_owner
REVOKE ALL ON TABLE public.back FROM cairn_rt_owner;

-- Grant ALL on table public.cut to cairn_rt_owner
GRANT ALL ON TABLE public.cut TO cairn_rt_owner;
