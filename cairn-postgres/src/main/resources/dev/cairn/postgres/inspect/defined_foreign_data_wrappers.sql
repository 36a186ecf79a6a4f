-- Foreign data wrappers created by the user (a defined kind: the columns DefinedReader reads; an extension's own,
-- like postgres_fdw, are its members and left out). Handler, validator and each option are settings changed in
-- place (an option named like a secret - password, secret, token, key - is only compared as set or not, never read); an option's setting is named with its value, so a changed value is dropped and added again.
SELECT 'pg_foreign_data_wrapper' AS catalog, w.oid, 'FOREIGN_DATA_WRAPPER' AS kind, NULL::oid AS namespace,
       w.fdwname AS name, 'FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) AS address,
       ARRAY['CREATE FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname)] AS definition,
       (SELECT json_agg(s.j ORDER BY s.j ->> 'name')::text FROM (
            SELECT json_build_object('name', 'handler', 'value', quote_ident(hn.nspname) || '.' || quote_ident(h.proname),
                       'set', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' HANDLER ' || quote_ident(hn.nspname) || '.' || quote_ident(h.proname),
                       'unset', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' NO HANDLER', 'implied', false) AS j
            FROM pg_proc h JOIN pg_namespace hn ON hn.oid = h.pronamespace WHERE h.oid = w.fdwhandler
            UNION ALL
            SELECT json_build_object('name', 'validator', 'value', quote_ident(vn.nspname) || '.' || quote_ident(v.proname),
                       'set', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' VALIDATOR ' || quote_ident(vn.nspname) || '.' || quote_ident(v.proname),
                       'unset', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' NO VALIDATOR', 'implied', false)
            FROM pg_proc v JOIN pg_namespace vn ON vn.oid = v.pronamespace WHERE v.oid = w.fdwvalidator
            UNION ALL
            SELECT json_build_object('name', 'option ' || o.option_name || CASE WHEN o.secret THEN ' (secret)' ELSE '=' || o.option_value END,
                       'value', CASE WHEN o.secret THEN 'set' ELSE o.option_value END,
                       'set', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' OPTIONS (ADD ' || quote_ident(o.option_name)
                              || ' ' || CASE WHEN o.secret THEN quote_literal('<secret: replace before running>') ELSE quote_literal(o.option_value) END || ')',
                       'unset', 'ALTER FOREIGN DATA WRAPPER ' || quote_ident(w.fdwname) || ' OPTIONS (DROP ' || quote_ident(o.option_name) || ')',
                       'implied', false)
            FROM (SELECT t.option_name, CASE WHEN t.option_name ~* '(password|secret|token|key)' THEN NULL ELSE t.option_value END AS option_value, t.option_name ~* '(password|secret|token|key)' AS secret FROM pg_options_to_table(w.fdwoptions) t) o
        ) s) AS settings,
       d.description AS comment, pg_get_userbyid(w.fdwowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_foreign_data_wrapper w
LEFT JOIN pg_description d ON d.objoid = w.oid AND d.classoid = 'pg_foreign_data_wrapper'::regclass AND d.objsubid = 0
