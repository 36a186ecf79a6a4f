-- An INSERT rule on a view writing into a table created in the same change: after the view and the table; back,
-- the rule is dropped before the table it writes into.
-- @from
CREATE TABLE item (id int PRIMARY KEY, name text);
CREATE VIEW item_v AS SELECT id, name FROM item;
-- @to
CREATE TABLE item (id int PRIMARY KEY, name text);
CREATE TABLE item_log (id int, name text, at timestamptz DEFAULT now());
CREATE VIEW item_v AS SELECT id, name FROM item;
CREATE RULE item_v_ins AS ON INSERT TO item_v DO INSTEAD (
    INSERT INTO item VALUES (NEW.id, NEW.name);
    INSERT INTO item_log (id, name) VALUES (NEW.id, NEW.name)
);
