-- Indexes of tables and materialized views, except those backing a constraint and partitions' copies.
SELECT i.indrelid AS relation, k.relname AS name, pg_get_indexdef(i.indexrelid) AS definition,
       i.indisunique AS is_unique, d.description AS comment
FROM pg_index i
JOIN pg_class k ON k.oid = i.indexrelid
LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE k.relnamespace = ANY(?::oid[]) AND NOT k.relispartition
  AND NOT EXISTS (SELECT 1 FROM pg_constraint co WHERE co.conindid = i.indexrelid
                  AND co.conrelid = i.indrelid AND co.contype IN ('p', 'u', 'x'))
ORDER BY k.relname
