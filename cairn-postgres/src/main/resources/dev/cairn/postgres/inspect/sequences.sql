-- Sequences, with the column that owns them (deptype a: OWNED BY; i: an identity column's, skipped).
-- The seq_* labels are shared with columns.sql (SequenceReader.options).
SELECT k.oid, k.relnamespace AS namespace, k.relname AS name, format_type(s.seqtypid, NULL) AS seq_type,
       s.seqstart AS seq_start, s.seqincrement AS seq_increment, s.seqmin AS seq_min, s.seqmax AS seq_max,
       s.seqcache AS seq_cache, s.seqcycle AS seq_cycle, dep.deptype AS owned_deptype,
       tn.nspname AS owned_by_schema, tc.relname AS owned_by_table, ta.attname AS owned_by_column,
       d.description AS comment, pg_get_userbyid(k.relowner) AS owner
FROM pg_class k
JOIN pg_sequence s ON s.seqrelid = k.oid
LEFT JOIN pg_depend dep ON dep.classid = 'pg_class'::regclass AND dep.objid = k.oid
     AND dep.refclassid = 'pg_class'::regclass AND dep.refobjsubid > 0 AND dep.deptype IN ('a', 'i')
LEFT JOIN pg_class tc ON tc.oid = dep.refobjid
LEFT JOIN pg_namespace tn ON tn.oid = tc.relnamespace
LEFT JOIN pg_attribute ta ON ta.attrelid = dep.refobjid AND ta.attnum = dep.refobjsubid
LEFT JOIN pg_description d ON d.objoid = k.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE k.relkind = 'S' AND k.relnamespace = ANY(?::oid[])
