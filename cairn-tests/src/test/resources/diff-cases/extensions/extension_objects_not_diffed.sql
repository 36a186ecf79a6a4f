-- Objects an extension creates must not be diffed as user objects (the upgrade of ltree brings many).
-- @from
-- @to
CREATE EXTENSION ltree;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION btree_gist;
