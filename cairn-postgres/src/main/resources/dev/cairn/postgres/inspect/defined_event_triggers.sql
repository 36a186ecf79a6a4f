-- Event triggers (a defined kind: the columns DefinedReader reads) whose function is in an included schema; the tag
-- filter sorted. Enabled state (ALTER EVENT TRIGGER ... DISABLE) is a setting.
SELECT 'pg_event_trigger' AS catalog, e.oid, 'EVENT_TRIGGER' AS kind, NULL::oid AS namespace, e.evtname AS name,
       'EVENT TRIGGER ' || quote_ident(e.evtname) AS address,
       ARRAY['CREATE EVENT TRIGGER ' || quote_ident(e.evtname) || ' ON ' || quote_ident(e.evtevent)
           || COALESCE(' WHEN TAG IN (' || (SELECT string_agg(quote_literal(t), ', ' ORDER BY t) FROM unnest(e.evttags) t) || ')', '')
           || ' EXECUTE FUNCTION ' || quote_ident(pn.nspname) || '.' || quote_ident(p.proname) || '()'] AS definition,
       json_build_array(json_build_object('name', 'state', 'value', CASE e.evtenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled for replica' WHEN 'A' THEN 'enabled always' ELSE 'enabled' END,
           'set', 'ALTER EVENT TRIGGER ' || quote_ident(e.evtname) || ' '
                  || CASE e.evtenabled WHEN 'D' THEN 'DISABLE' WHEN 'R' THEN 'ENABLE REPLICA' WHEN 'A' THEN 'ENABLE ALWAYS' ELSE 'ENABLE' END,
           'unset', NULL, 'implied', e.evtenabled = 'O'))::text AS settings,
       d.description AS comment, pg_get_userbyid(e.evtowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_event_trigger e
JOIN pg_proc p ON p.oid = e.evtfoid
JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_event_trigger'::regclass AND d.objsubid = 0
WHERE p.pronamespace = ANY(?::oid[])
