-- The column a rule reads changes type: PostgreSQL refuses to alter a column a rule uses, so the rule is dropped
-- before and created again after; the rows keep their values.
-- @from
CREATE TABLE entry (id int PRIMARY KEY, amount int);
CREATE RULE no_negative AS ON INSERT TO entry WHERE NEW.amount < 0 DO INSTEAD NOTHING;
-- @rows
INSERT INTO entry VALUES (1, 10), (2, 20);
-- @to
CREATE TABLE entry (id int PRIMARY KEY, amount bigint);
CREATE RULE no_negative AS ON INSERT TO entry WHERE NEW.amount < 0 DO INSTEAD NOTHING;
