-- User mappings (a defined kind: the columns DefinedReader reads), from pg_user_mappings, which any role may read
-- (its options are null for a mapping the reading role may not see). Each option is a setting (named with its value,
-- so a changed value is dropped and added again); an option whose name says it holds a secret (password, secret,
-- token, key) is never read: it is compared as set or not, and set to a placeholder the user must replace (the
-- differ warns).
SELECT 'pg_user_mapping' AS catalog, u.umid AS oid, 'USER_MAPPING' AS kind, NULL::oid AS namespace,
       'FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE u.usename::text END || ' SERVER ' || u.srvname AS name,
       'USER MAPPING FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(u.usename) END
           || ' SERVER ' || quote_ident(u.srvname) AS address,
       ARRAY['CREATE USER MAPPING FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(u.usename) END
           || ' SERVER ' || quote_ident(u.srvname)] AS definition,
       (SELECT json_agg(json_build_object('name', 'option ' || o.option_name || CASE WHEN o.secret THEN ' (secret)' ELSE '=' || o.option_value END,
                       'value', CASE WHEN o.secret THEN 'set' ELSE o.option_value END,
                       'set', 'ALTER USER MAPPING FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(u.usename) END
                              || ' SERVER ' || quote_ident(u.srvname) || ' OPTIONS (ADD ' || quote_ident(o.option_name) || ' '
                              || CASE WHEN o.secret THEN quote_literal('<secret: replace before running>') ELSE quote_literal(o.option_value) END || ')',
                       'unset', 'ALTER USER MAPPING FOR ' || CASE WHEN u.umuser = 0 THEN 'PUBLIC' ELSE quote_ident(u.usename) END
                              || ' SERVER ' || quote_ident(u.srvname) || ' OPTIONS (DROP ' || quote_ident(o.option_name) || ')',
                       'implied', false) ORDER BY o.option_name)::text
        FROM (SELECT t.option_name, CASE WHEN t.option_name ~* '(password|secret|token|key)' THEN NULL ELSE t.option_value END AS option_value,
                     t.option_name ~* '(password|secret|token|key)' AS secret
              FROM pg_options_to_table(u.umoptions) t) o) AS settings,
       NULL::text AS comment, NULL::text AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_user_mappings u
