-- Indexes of tables and materialized views, except those backing a constraint (a partition's copy of its parent's
-- key backs the partition's own constraint). attached_to: on a partition, the partitioned index it is attached to.
SELECT i.indrelid AS relation, k.relname AS name, pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique AS is_unique, d.description AS comment,
       CASE WHEN k.relispartition THEN quote_ident(pn.nspname) || '.' || quote_ident(pk.relname) END AS attached_to
FROM pg_index i
JOIN pg_class k ON k.oid = i.indexrelid
LEFT JOIN pg_inherits inh ON k.relispartition AND inh.inhrelid = k.oid
LEFT JOIN pg_class pk ON pk.oid = inh.inhparent
LEFT JOIN pg_namespace pn ON pn.oid = pk.relnamespace
LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE k.relnamespace = ANY(?::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = i.indexrelid
                  AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
ORDER BY k.relname
