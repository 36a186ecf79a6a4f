-- User triggers of tables and views, except partitions' copies of their parent's (tgparentid).
SELECT tg.tgrelid AS relation, tg.tgname AS name, pg_get_triggerdef(tg.oid) AS definition,
       tg.tgconstraint <> 0 AS is_constraint, tg.tgenabled AS enabled, d.description AS comment
FROM pg_trigger tg
JOIN pg_class k ON k.oid = tg.tgrelid
LEFT JOIN pg_description d ON d.objoid = tg.oid AND d.classoid = 'pg_trigger'::regclass AND d.objsubid = 0
WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND k.relnamespace = ANY(?::oid[])
ORDER BY tg.tgname
