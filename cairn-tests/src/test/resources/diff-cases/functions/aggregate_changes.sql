-- A user-defined aggregate gains a final function and an initial value; a moving-aggregate and an ordered-set aggregate appear.
-- @expect-sql-contains CREATE OR REPLACE AGGREGATE public.concat_all(text)
-- @expect-sql-not-contains DROP AGGREGATE public.concat_all
-- @from
CREATE FUNCTION concat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || x $$;
CREATE FUNCTION concat_done(acc text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '[' || acc || ']' $$;
CREATE AGGREGATE concat_all(text) (SFUNC = concat_step, STYPE = text);
-- @to
CREATE FUNCTION concat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || x $$;
CREATE FUNCTION concat_done(acc text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT '[' || acc || ']' $$;
CREATE AGGREGATE concat_all(text) (SFUNC = concat_step, STYPE = text, FINALFUNC = concat_done, INITCOND = '', PARALLEL = SAFE);
CREATE FUNCTION int_add(a bigint, b integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$;
CREATE FUNCTION int_sub(a bigint, b integer) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a - b $$;
CREATE AGGREGATE moving_sum(integer) (SFUNC = int_add, STYPE = bigint, INITCOND = '0',
    MSFUNC = int_add, MINVFUNC = int_sub, MSTYPE = bigint, MINITCOND = '0');
CREATE FUNCTION pick_step(s integer, x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(s, x) $$;
CREATE FUNCTION pick_done(s integer, d integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(s, d) $$;
CREATE AGGREGATE first_of(integer ORDER BY integer) (SFUNC = pick_step, STYPE = integer, FINALFUNC = pick_done);
