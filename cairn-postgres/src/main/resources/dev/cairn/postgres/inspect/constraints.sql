-- Constraints of tables and domains, except partitions' copies of their parent's (conparentid) and
-- constraint triggers' (contype t).
SELECT co.conrelid AS relation, co.contypid AS domain, co.conname AS name, co.contype AS type,
       pg_get_constraintdef(co.oid) AS definition, co.convalidated AS validated,
       ARRAY(SELECT a.attname::text FROM unnest(co.conkey) WITH ORDINALITY k(num, i)
             JOIN pg_attribute a ON a.attrelid = co.conrelid AND a.attnum = k.num ORDER BY k.i) AS columns,
       fn.nspname AS referenced_schema, fk.relname AS referenced_table, d.description AS comment,
       co.conislocal AS is_local, co.connoinherit AS no_inherit, co.coninhcount > 0 AS inherited
FROM pg_constraint co
LEFT JOIN pg_class fk ON fk.oid = co.confrelid
LEFT JOIN pg_namespace fn ON fn.oid = fk.relnamespace
LEFT JOIN pg_description d ON d.objoid = co.oid AND d.classoid = 'pg_constraint'::regclass AND d.objsubid = 0
WHERE co.connamespace = ANY(?::oid[]) AND co.contype <> 't' AND co.conparentid = 0
ORDER BY co.conname
