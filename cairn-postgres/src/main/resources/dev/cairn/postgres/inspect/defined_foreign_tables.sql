-- Foreign tables (a defined kind: the columns DefinedReader reads) in the included schemas: columns (type, options,
-- collation, NOT NULL, default), server and options make the definition, so a change creates the table again (it
-- holds no rows here; the views over it are rebuilt around it). Options belong in the definition because a wrapper
-- may require them when the table is created (file_fdw's filename).
SELECT 'pg_class' AS catalog, c.oid, 'FOREIGN_TABLE' AS kind, c.relnamespace AS namespace, c.relname AS name,
       'FOREIGN TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS address,
       ARRAY['CREATE FOREIGN TABLE ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' ('
           || COALESCE((SELECT string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)
                   || COALESCE(' OPTIONS (' || (SELECT string_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value), ', '
                                                    ORDER BY o.option_name) FROM pg_options_to_table(a.attfdwoptions) o) || ')', '')
                   || CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                           THEN ' COLLATE ' || quote_ident(cn.nspname) || '.' || quote_ident(co.collname) ELSE '' END
                   || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
                   || COALESCE(' DEFAULT ' || pg_get_expr(ad.adbin, ad.adrelid), ''), ', ' ORDER BY a.attnum)
                FROM pg_attribute a
                JOIN pg_type t ON t.oid = a.atttypid
                LEFT JOIN pg_collation co ON co.oid = a.attcollation
                LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
                LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '')
           || ') SERVER ' || quote_ident(s.srvname)
           || COALESCE(' OPTIONS (' || (SELECT string_agg(quote_ident(o.option_name) || ' ' || quote_literal(o.option_value), ', '
                                            ORDER BY o.option_name) FROM pg_options_to_table(f.ftoptions) o) || ')', '')] AS definition,
       NULL::text AS settings,
       d.description AS comment, pg_get_userbyid(c.relowner) AS owner,
       NULL::oid AS on_namespace, NULL::text AS on_relation, NULL::text[] AS on_columns
FROM pg_foreign_table f
JOIN pg_class c ON c.oid = f.ftrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_foreign_server s ON s.oid = f.ftserver
LEFT JOIN pg_description d ON d.objoid = c.oid AND d.classoid = 'pg_class'::regclass AND d.objsubid = 0
WHERE c.relnamespace = ANY(?::oid[])
