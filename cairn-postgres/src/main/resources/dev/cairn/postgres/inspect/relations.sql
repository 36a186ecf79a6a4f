-- Tables (r, p) and views (v, m); a partition names its parent; a materialized view made WITH NO DATA is not populated.
-- reads_itself: the view's rewrite rule reads the view itself (pg_depend leaves self-references out). Its node tree
-- names each relation read as ':relid <oid>'; before PostgreSQL 16 a view's query also held two entries for the
-- view itself (OLD and NEW), which are not reads.
-- A table using (non-partition) inheritance lists its parents in inhseqno order; a table's TOAST table's reloptions
-- are its toast.* storage parameters.
SELECT k.oid, k.relnamespace AS namespace, k.relname AS name, k.relkind AS kind, k.relpersistence AS persistence,
       k.relrowsecurity AS row_security, k.relforcerowsecurity AS force_row_security,
       CASE WHEN k.relkind = 'p' THEN pg_get_partkeydef(k.oid) END AS partition_key,
       pn.nspname AS parent_schema, pk.relname AS parent_name,
       CASE WHEN k.relispartition THEN pg_get_expr(k.relpartbound, k.oid) END AS partition_bound,
       CASE WHEN k.relkind IN ('v', 'm') THEN pg_get_viewdef(k.oid, true) END AS view_definition,
       k.reloptions::text[] AS options, d.description AS comment, pg_get_userbyid(k.relowner) AS owner,
       k.relispopulated AS populated,
       k.relkind = 'v' AND (SELECT count(*) FROM pg_rewrite rw, regexp_matches(rw.ev_action::text, ':relid ' || k.oid || '\M', 'g')
                            WHERE rw.ev_class = k.oid AND rw.rulename = '_RETURN')
           > CASE WHEN current_setting('server_version_num')::int < 160000 THEN 2 ELSE 0 END AS reads_itself,
       ARRAY(SELECT ipn.nspname::text FROM pg_inherits i JOIN pg_class ip ON ip.oid = i.inhparent
             JOIN pg_namespace ipn ON ipn.oid = ip.relnamespace
             WHERE i.inhrelid = k.oid AND NOT k.relispartition ORDER BY i.inhseqno) AS inherits_schemas,
       ARRAY(SELECT ip.relname::text FROM pg_inherits i JOIN pg_class ip ON ip.oid = i.inhparent
             WHERE i.inhrelid = k.oid AND NOT k.relispartition ORDER BY i.inhseqno) AS inherits_names,
       (SELECT tk.reloptions::text[] FROM pg_class tk WHERE tk.oid = k.reltoastrelid) AS toast_options
FROM pg_class k
LEFT JOIN pg_inherits inh ON k.relispartition AND inh.inhrelid = k.oid
LEFT JOIN pg_class pk ON pk.oid = inh.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pk.relnamespace
LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE k.relkind IN ('r', 'p', 'v', 'm') AND k.relnamespace = ANY(?::oid[])
