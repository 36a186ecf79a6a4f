-- One pass over pg_depend's normal dependencies between user objects. The dependent side is folded onto
-- the object Cairn models (a view's rewrite rule onto the view, a default or a check onto its table, an
-- index onto its table...); the referenced side is named (an array type by its element type, a table's
-- row type by the table). Runs over the whole database: the Java side keeps the rows whose owner it read.
-- Defined objects (collations, casts, rules other than views' _RETURN, statistics, event triggers, text search
-- objects) are owners of their own, and may be referenced; so are objects of kinds Cairn does not model (operators,
-- operator classes and families, access methods, conversions, languages, transforms, text search parsers and
-- templates), named by pg_identify_object so the differ can warn about them. Publications use the tables they list.
SELECT CASE WHEN d.classid IN ('pg_proc'::regclass, 'pg_type'::regclass) THEN d.classid::regclass::text
            WHEN d.classid = 'pg_constraint'::regclass AND co.contypid <> 0 THEN 'pg_type'
            WHEN d.classid = 'pg_rewrite'::regclass AND rw.rulename <> '_RETURN' THEN 'pg_rewrite'
            WHEN d.classid IN ('pg_amop'::regclass, 'pg_amproc'::regclass) THEN 'pg_opfamily'
            WHEN d.classid NOT IN ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                                   'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass)
                 THEN d.classid::regclass::text
            ELSE 'pg_class' END AS owner_catalog,
       CASE d.classid WHEN 'pg_rewrite'::regclass THEN CASE WHEN rw.rulename = '_RETURN' THEN rw.ev_class ELSE d.objid END
                      WHEN 'pg_attrdef'::regclass THEN ad.adrelid
                      WHEN 'pg_constraint'::regclass THEN CASE WHEN co.contypid <> 0 THEN co.contypid ELSE co.conrelid END
                      WHEN 'pg_trigger'::regclass THEN tg.tgrelid
                      WHEN 'pg_policy'::regclass THEN po.polrelid
                      WHEN 'pg_class'::regclass THEN COALESCE(ix.indrelid, d.objid)
                      WHEN 'pg_amop'::regclass THEN (SELECT amopfamily FROM pg_amop WHERE oid = d.objid)
                      WHEN 'pg_amproc'::regclass THEN (SELECT amprocfamily FROM pg_amproc WHERE oid = d.objid)
                      ELSE d.objid END AS owner_oid,
       CASE WHEN d.refclassid <> 'pg_type'::regclass THEN d.refclassid::regclass::text
            WHEN rk.oid IS NOT NULL AND rk.relkind <> 'c' THEN 'pg_class'
            ELSE 'pg_type' END AS ref_catalog,
       CASE WHEN d.refclassid <> 'pg_type'::regclass THEN d.refobjid
            WHEN rk.oid IS NOT NULL AND rk.relkind <> 'c' THEN rk.oid
            ELSE rt.oid END AS ref_oid,
       COALESCE(rk.relkind, k.relkind)::text AS ref_relkind,
       COALESCE(rtn.nspname, rkn.nspname, kn.nspname, pn.nspname, io.schema) AS ref_schema,
       COALESCE(rk.relname, rt.typname, k.relname, p.proname, io.name, io.identity) AS ref_name,
       io.type AS ref_type, io.identity AS ref_identity,
       CASE WHEN p.oid IS NOT NULL THEN pg_get_function_identity_arguments(p.oid) END AS ref_arguments,
       ra.attname AS ref_column
FROM pg_depend d
LEFT JOIN pg_rewrite rw ON d.classid = 'pg_rewrite'::regclass AND rw.oid = d.objid
LEFT JOIN pg_attrdef ad ON d.classid = 'pg_attrdef'::regclass AND ad.oid = d.objid
LEFT JOIN pg_constraint co ON d.classid = 'pg_constraint'::regclass AND co.oid = d.objid
LEFT JOIN pg_trigger tg ON d.classid = 'pg_trigger'::regclass AND tg.oid = d.objid
LEFT JOIN pg_policy po ON d.classid = 'pg_policy'::regclass AND po.oid = d.objid
LEFT JOIN pg_index ix ON d.classid = 'pg_class'::regclass AND ix.indexrelid = d.objid
LEFT JOIN pg_type t0 ON d.refclassid = 'pg_type'::regclass AND t0.oid = d.refobjid
LEFT JOIN pg_type rt ON rt.oid = CASE WHEN t0.typcategory = 'A' AND t0.typelem <> 0 THEN t0.typelem ELSE t0.oid END
LEFT JOIN pg_namespace rtn ON rtn.oid = rt.typnamespace
LEFT JOIN pg_class rk ON rk.oid = rt.typrelid
LEFT JOIN pg_namespace rkn ON rkn.oid = rk.relnamespace AND rk.relkind <> 'c'
LEFT JOIN pg_class k ON d.refclassid = 'pg_class'::regclass AND k.oid = d.refobjid
LEFT JOIN pg_namespace kn ON kn.oid = k.relnamespace
LEFT JOIN pg_attribute ra ON k.oid IS NOT NULL AND d.refobjsubid > 0
     AND ra.attrelid = k.oid AND ra.attnum = d.refobjsubid
LEFT JOIN pg_proc p ON d.refclassid = 'pg_proc'::regclass AND p.oid = d.refobjid
LEFT JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN LATERAL pg_identify_object(d.refclassid, d.refobjid, 0) io
     ON d.refclassid NOT IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass)
WHERE d.deptype = 'n' AND d.refobjid >= 16384 -- FirstNormalObjectId: objects made by users, not initdb
  AND d.classid IN ('pg_class'::regclass, 'pg_rewrite'::regclass, 'pg_attrdef'::regclass,
                    'pg_constraint'::regclass, 'pg_trigger'::regclass, 'pg_policy'::regclass,
                    'pg_proc'::regclass, 'pg_type'::regclass,
                    'pg_collation'::regclass, 'pg_cast'::regclass, 'pg_event_trigger'::regclass,
                    'pg_statistic_ext'::regclass, 'pg_ts_config'::regclass, 'pg_ts_dict'::regclass,
                    'pg_foreign_data_wrapper'::regclass, 'pg_foreign_server'::regclass, 'pg_user_mapping'::regclass,
                    'pg_operator'::regclass, 'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_am'::regclass,
                    'pg_conversion'::regclass, 'pg_language'::regclass, 'pg_transform'::regclass,
                    'pg_ts_parser'::regclass, 'pg_ts_template'::regclass, 'pg_amop'::regclass, 'pg_amproc'::regclass)
  AND d.refclassid IN ('pg_class'::regclass, 'pg_type'::regclass, 'pg_proc'::regclass,
                       'pg_collation'::regclass, 'pg_ts_config'::regclass, 'pg_ts_dict'::regclass,
                       'pg_operator'::regclass, 'pg_opclass'::regclass, 'pg_opfamily'::regclass, 'pg_am'::regclass,
                       'pg_conversion'::regclass, 'pg_language'::regclass, 'pg_transform'::regclass,
                       'pg_ts_parser'::regclass, 'pg_ts_template'::regclass,
                       'pg_foreign_data_wrapper'::regclass, 'pg_foreign_server'::regclass)
  AND NOT (d.classid = 'pg_constraint'::regclass AND co.contype = 'f')
UNION ALL
-- A publication uses the tables it lists (their pg_publication_rel rows depend on them automatically, not normally):
-- a listed table dropped and created again takes the publication along, to list it again.
SELECT 'pg_publication', pr.prpubid, 'pg_class', k.oid, k.relkind::text, kn.nspname, k.relname, NULL, NULL, NULL, NULL
FROM pg_publication_rel pr JOIN pg_class k ON k.oid = pr.prrelid JOIN pg_namespace kn ON kn.oid = k.relnamespace
