-- Foreign servers (a defined kind: the columns DefinedReader reads): type and wrapper in the definition, version and
-- each option settings changed in place (an option's setting is named with its value, so a changed value is dropped
-- and added again). An option whose name says it holds a secret (password, secret, token, key) is never read: it
-- is compared as set or not, and set to a placeholder the user must replace (the differ warns).
SELECT 'pg_foreign_server' AS catalog, s.oid, 'FOREIGN_SERVER' AS kind, NULL::oid AS namespace,
       s.srvname AS name, 'SERVER ' || quote_ident(s.srvname) AS address,
       ARRAY['CREATE SERVER ' || quote_ident(s.srvname) || COALESCE(' TYPE ' || quote_literal(s.srvtype), '')
             || ' FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)] AS definition,
       (SELECT json_agg(x.j ORDER BY x.j ->> 'name')::text FROM (
            SELECT json_build_object('name', 'version', 'value', s.srvversion,
                       'set', 'ALTER SERVER ' || quote_ident(s.srvname) || ' VERSION ' || quote_literal(s.srvversion),
                       'unset', 'ALTER SERVER ' || quote_ident(s.srvname) || ' VERSION NULL', 'implied', false) AS j
            WHERE s.srvversion IS NOT NULL
            UNION ALL
            SELECT json_build_object('name', 'option ' || o.option_name || CASE WHEN o.secret THEN ' (secret)' ELSE '=' || o.option_value END,
                       'value', CASE WHEN o.secret THEN 'set' ELSE o.option_value END,
                       'set', 'ALTER SERVER ' || quote_ident(s.srvname) || ' OPTIONS (ADD ' || quote_ident(o.option_name) || ' '
                              || CASE WHEN o.secret THEN quote_literal('<secret: replace before running>') ELSE quote_literal(o.option_value) END || ')',
                       'unset', 'ALTER SERVER ' || quote_ident(s.srvname) || ' OPTIONS (DROP ' || quote_ident(o.option_name) || ')',
                       'implied', false)
            FROM (SELECT t.option_name, CASE WHEN t.option_name ~* '(password|secret|token|key)' THEN NULL ELSE t.option_value END AS option_value,
                         t.option_name ~* '(password|secret|token|key)' AS secret
                  FROM pg_options_to_table(s.srvoptions) t) o
        ) x) AS settings,
       d.description AS comment, pg_get_userbyid(s.srvowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_foreign_server s
JOIN pg_foreign_data_wrapper w ON w.oid = s.srvfdw
LEFT JOIN pg_description d ON d.objoid = s.oid AND d.classoid = 'pg_foreign_server'::regclass AND d.objsubid = 0
