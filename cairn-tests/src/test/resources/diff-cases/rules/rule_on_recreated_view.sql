-- A column under a view changes type, so the view is dropped and created again: its INSERT rule is dropped before
-- the view and created again after it; the rows keep their values.
-- @from
CREATE TABLE item (id int PRIMARY KEY, qty int);
CREATE VIEW item_v AS SELECT id, qty FROM item;
CREATE RULE item_v_ins AS ON INSERT TO item_v DO INSTEAD INSERT INTO item VALUES (NEW.id, NEW.qty);
-- @rows
INSERT INTO item VALUES (1, 5);
-- @to
CREATE TABLE item (id int PRIMARY KEY, qty bigint);
CREATE VIEW item_v AS SELECT id, qty FROM item;
CREATE RULE item_v_ins AS ON INSERT TO item_v DO INSTEAD INSERT INTO item VALUES (NEW.id, NEW.qty);
