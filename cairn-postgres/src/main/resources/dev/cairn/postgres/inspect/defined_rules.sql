-- Rules (a defined kind: the columns DefinedReader reads) other than views' _RETURN rules, from pg_get_ruledef; named
-- "relation.rule". Enabled state (ALTER TABLE ... DISABLE RULE) is a setting.
SELECT 'pg_rewrite' AS catalog, r.oid, 'RULE' AS kind, cl.relnamespace AS namespace, cl.relname || '.' || r.rulename AS name,
       'RULE ' || quote_ident(r.rulename) || ' ON ' || quote_ident(n.nspname) || '.' || quote_ident(cl.relname) AS address,
       ARRAY[regexp_replace(pg_get_ruledef(r.oid), ';\s*$', '')] AS definition,
       json_build_array(json_build_object('name', 'state', 'value', CASE r.ev_enabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replica' WHEN 'A' THEN 'enabled always' ELSE 'enabled' END,
           'set', 'ALTER TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(cl.relname) || ' '
                  || CASE r.ev_enabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE' END
                  || ' RULE ' || quote_ident(r.rulename),
           'unset', NULL, 'implied', r.ev_enabled = 'O'))::text AS settings,
       d.description AS comment, NULL::text AS owner,
       cl.relnamespace AS on_namespace, cl.relname AS on_relation, NULL::text[] AS on_columns
FROM pg_rewrite r
JOIN pg_class cl ON cl.oid = r.ev_class
JOIN pg_namespace n ON n.oid = cl.relnamespace
LEFT JOIN pg_description d ON d.objoid = r.oid AND d.classoid = 'pg_rewrite'::regclass AND d.objsubid = 0
WHERE r.rulename <> '_RETURN' AND cl.relnamespace = ANY(?::oid[])
