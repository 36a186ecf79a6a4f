-- One rule's condition changes (dropped and created again), another is disabled (ALTER TABLE ... DISABLE RULE).
-- @from
CREATE TABLE entry (id int PRIMARY KEY, amount int);
CREATE RULE no_negative AS ON INSERT TO entry WHERE NEW.amount < 0 DO INSTEAD NOTHING;
CREATE RULE no_delete AS ON DELETE TO entry DO INSTEAD NOTHING;
-- @rows
INSERT INTO entry VALUES (1, 10);
-- @to
CREATE TABLE entry (id int PRIMARY KEY, amount int);
CREATE RULE no_negative AS ON INSERT TO entry WHERE NEW.amount <= 0 DO INSTEAD NOTHING;
CREATE RULE no_delete AS ON DELETE TO entry DO INSTEAD NOTHING;
ALTER TABLE entry DISABLE RULE no_delete;
