-- Columns of tables, views and composite types, in order; an identity column with its sequence's
-- options (the seq_* labels, as in sequences.sql); a generated column with the columns its expression reads
-- (the dependencies on its own table's columns, recorded for its default or, on older majors, for the column); inherited: from a parent by non-partition inheritance.
SELECT a.attrelid AS relation, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> t.typcollation THEN
           CASE WHEN con.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                ELSE quote_ident(con.nspname) || '.' || quote_ident(co.collname) END
       END AS collation,
       a.attnotnull AS not_null, pg_get_expr(ad.adbin, ad.adrelid) AS expression, a.attidentity AS identity,
       a.attgenerated AS generated,
       format_type(s.seqtypid, NULL) AS seq_type, s.seqstart AS seq_start, s.seqincrement AS seq_increment,
       s.seqmin AS seq_min, s.seqmax AS seq_max, s.seqcache AS seq_cache, s.seqcycle AS seq_cycle,
       d.description AS comment,
       CASE WHEN a.attgenerated <> '' THEN ARRAY(
           SELECT sa.attname FROM pg_depend dd
           JOIN pg_attribute sa ON sa.attrelid = dd.refobjid AND sa.attnum = dd.refobjsubid
           WHERE (dd.classid = 'pg_attrdef'::regclass AND dd.objid = ad.oid
                  OR dd.classid = 'pg_class'::regclass AND dd.objid = a.attrelid AND dd.objsubid = a.attnum)
             AND dd.refclassid = 'pg_class'::regclass
             AND dd.refobjid = a.attrelid AND dd.refobjsubid > 0 AND dd.refobjsubid <> a.attnum
           ORDER BY sa.attnum)::text[] END AS generated_from,
       a.attinhcount > 0 AND NOT k.relispartition AS inherited
FROM pg_attribute a
JOIN pg_class k ON k.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace con ON con.oid = co.collnamespace
LEFT JOIN LATERAL (
    SELECT sq.* FROM pg_depend idd JOIN pg_sequence sq ON sq.seqrelid = idd.objid
    WHERE a.attidentity <> '' AND idd.refclassid = 'pg_class'::regclass AND idd.refobjid = a.attrelid
      AND idd.refobjsubid = a.attnum AND idd.classid = 'pg_class'::regclass AND idd.deptype = 'i'
) s ON true
LEFT JOIN pg_description d ON d.objoid = a.attrelid AND d.classoid = 'pg_class'::regclass
     AND d.objsubid = a.attnum
WHERE k.relkind IN ('r', 'p', 'v', 'm', 'c') AND k.relnamespace = ANY(?::oid[])
  AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum
