-- Functions, procedures and aggregates (an aggregate's CREATE statement is assembled here: PostgreSQL has
-- no pg_get_aggregatedef; a zero-argument aggregate is written cnt(*)), except those that belong to another object (deptype i).
SELECT p.oid, p.pronamespace AS namespace, p.proname AS name, pg_get_function_identity_arguments(p.oid) AS arguments,
       p.prokind AS kind, l.lanname AS language,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS result_type,
       p.provolatile AS volatility, p.prosecdef AS security_definer,
       CASE WHEN p.prokind <> 'a' THEN pg_get_functiondef(p.oid) ELSE
           (SELECT 'CREATE OR REPLACE AGGREGATE ' || quote_ident(an.nspname) || '.' || quote_ident(p.proname) || '('
                  || CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_get_function_arguments(p.oid) END || ') (' || substr(concat(
                  ', SFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggtransfn),
                  ', STYPE = ' || format_type(a.aggtranstype, NULL),
                  CASE WHEN a.aggtransspace <> 0 THEN ', SSPACE = ' || a.aggtransspace END,
                  CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggfinalfn) END,
                  CASE WHEN a.aggfinalextra THEN ', FINALFUNC_EXTRA' END,
                  CASE WHEN a.aggfinalfn <> 0 THEN ', FINALFUNC_MODIFY = ' || CASE a.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                  CASE WHEN a.aggcombinefn <> 0 THEN ', COMBINEFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggcombinefn) END,
                  CASE WHEN a.aggserialfn <> 0 THEN ', SERIALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggserialfn) END,
                  CASE WHEN a.aggdeserialfn <> 0 THEN ', DESERIALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggdeserialfn) END,
                  CASE WHEN a.agginitval IS NOT NULL THEN ', INITCOND = ' || quote_literal(a.agginitval) END,
                  CASE WHEN a.aggmtransfn <> 0 THEN ', MSFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggmtransfn) || ', MINVFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggminvtransfn) || ', MSTYPE = ' || format_type(a.aggmtranstype, NULL) END,
                  CASE WHEN a.aggmtransspace <> 0 THEN ', MSSPACE = ' || a.aggmtransspace END,
                  CASE WHEN a.aggmfinalfn <> 0 THEN ', MFINALFUNC = ' || (SELECT quote_ident(fn.nspname) || '.' || quote_ident(fp.proname) FROM pg_proc fp JOIN pg_namespace fn ON fn.oid = fp.pronamespace WHERE fp.oid = a.aggmfinalfn) END,
                  CASE WHEN a.aggmfinalextra THEN ', MFINALFUNC_EXTRA' END,
                  CASE WHEN a.aggmfinalfn <> 0 THEN ', MFINALFUNC_MODIFY = ' || CASE a.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE' ELSE 'READ_WRITE' END END,
                  CASE WHEN a.aggminitval IS NOT NULL THEN ', MINITCOND = ' || quote_literal(a.aggminitval) END,
                  CASE WHEN a.aggsortop <> 0 THEN ', SORTOP = OPERATOR(' || (SELECT quote_ident(on_.nspname) || '.' || o.oprname FROM pg_operator o JOIN pg_namespace on_ ON on_.oid = o.oprnamespace WHERE o.oid = a.aggsortop) || ')' END,
                  CASE p.proparallel WHEN 's' THEN ', PARALLEL = SAFE' WHEN 'r' THEN ', PARALLEL = RESTRICTED' END,
                  CASE WHEN a.aggkind = 'h' THEN ', HYPOTHETICAL' END), 3) || ')'
               FROM pg_aggregate a JOIN pg_namespace an ON an.oid = p.pronamespace WHERE a.aggfnoid = p.oid) END AS definition,
       d.description AS comment, pg_get_userbyid(p.proowner) AS owner
FROM pg_proc p
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass AND d.objsubid = 0
WHERE p.pronamespace = ANY(?::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = 'pg_proc'::regclass AND x.objid = p.oid
                  AND x.deptype = 'i')
