-- An ordered-set aggregate keeps its ORDER BY signature.
-- @from
-- @to
CREATE FUNCTION os_s(internal, text) RETURNS internal LANGUAGE internal AS 'ordered_set_transition';
CREATE FUNCTION os_f(internal, float8) RETURNS text LANGUAGE internal AS 'percentile_disc_final';
CREATE AGGREGATE pct(float8 ORDER BY text) (SFUNC = os_s, STYPE = internal, FINALFUNC = os_f);
