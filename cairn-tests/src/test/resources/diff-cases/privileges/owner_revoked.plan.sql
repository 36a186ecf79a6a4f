-- Golden plans of privileges/owner_revoked.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Revoke ALL on routine public.f() from postgres
REVOKE ALL ON ROUTINE public.f() FROM postgres;

-- Revoke CREATE on schema app from postgres
REVOKE CREATE ON SCHEMA app FROM postgres;

-- Revoke USAGE on sequence public.s from postgres
REVOKE USAGE ON SEQUENCE public.s FROM postgres;

-- Revoke DELETE on table public.t from postgres
REVOKE DELETE ON TABLE public.t FROM postgres;

-- Revoke TRUNCATE on table public.t from postgres
REVOKE TRUNCATE ON TABLE public.t FROM postgres;

-- Grant SELECT on table public.t to postgres
GRANT SELECT ON TABLE public.t TO postgres WITH GRANT OPTION;

-- Revoke ALL on type public.mood from postgres
REVOKE ALL ON TYPE public.mood FROM postgres;

-- Revoke INSERT on view public.v from postgres
REVOKE INSERT ON TABLE public.v FROM postgres;
-- @reverse
-- Grant ALL on routine public.f() to postgres
GRANT ALL ON ROUTINE public.f() TO postgres;

-- Grant ALL on schema app to postgres
GRANT ALL ON SCHEMA app TO postgres;

-- Grant ALL on sequence public.s to postgres
GRANT ALL ON SEQUENCE public.s TO postgres;

-- Grant ALL on table public.t to postgres
GRANT ALL ON TABLE public.t TO postgres;

-- Revoke GRANT OPTION FOR ALL on table public.t from postgres
REVOKE GRANT OPTION FOR ALL ON TABLE public.t FROM postgres;

-- Grant ALL on type public.mood to postgres
GRANT ALL ON TYPE public.mood TO postgres;

-- Grant ALL on view public.v to postgres
GRANT ALL ON TABLE public.v TO postgres;
