-- Golden plans of privileges/owner_revoked_all.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Revoke ALL on table public.t from postgres
REVOKE ALL ON TABLE public.t FROM postgres;

-- Revoke GRANT OPTION FOR ALL on table public.u from postgres
REVOKE GRANT OPTION FOR ALL ON TABLE public.u FROM postgres;

-- Grant SELECT on table public.u to postgres
GRANT SELECT ON TABLE public.u TO postgres WITH GRANT OPTION;

-- Grant ALL on table public.w to postgres
GRANT ALL ON TABLE public.w TO postgres;

-- Revoke INSERT on table public.w from postgres
REVOKE INSERT ON TABLE public.w FROM postgres;

-- Revoke REFERENCES on table public.w from postgres
REVOKE REFERENCES ON TABLE public.w FROM postgres;

-- Revoke SELECT on table public.w from postgres
REVOKE SELECT ON TABLE public.w FROM postgres;

-- Revoke TRIGGER on table public.w from postgres
REVOKE TRIGGER ON TABLE public.w FROM postgres;

-- Revoke TRUNCATE on table public.w from postgres
REVOKE TRUNCATE ON TABLE public.w FROM postgres;

-- Revoke UPDATE on table public.w from postgres
REVOKE UPDATE ON TABLE public.w FROM postgres;
-- @reverse
-- Grant ALL on table public.t to postgres
GRANT ALL ON TABLE public.t TO postgres;

-- Revoke DELETE on table public.t from postgres
REVOKE DELETE ON TABLE public.t FROM postgres;

-- Revoke REFERENCES on table public.t from postgres
REVOKE REFERENCES ON TABLE public.t FROM postgres;

-- Revoke TRIGGER on table public.t from postgres
REVOKE TRIGGER ON TABLE public.t FROM postgres;

-- Revoke TRUNCATE on table public.t from postgres
REVOKE TRUNCATE ON TABLE public.t FROM postgres;

-- Revoke UPDATE on table public.t from postgres
REVOKE UPDATE ON TABLE public.t FROM postgres;

-- Grant ALL on table public.u to postgres
GRANT ALL ON TABLE public.u TO postgres WITH GRANT OPTION;

-- Grant ALL on table public.w to postgres
GRANT ALL ON TABLE public.w TO postgres;

-- Revoke DELETE on table public.w from postgres
REVOKE DELETE ON TABLE public.w FROM postgres;
