-- A rule on a table (DO INSTEAD NOTHING for negative amounts), with a comment: created after the table.
-- @from
CREATE TABLE entry (id int PRIMARY KEY, amount int);
-- @rows
INSERT INTO entry VALUES (1, 10);
-- @to
CREATE TABLE entry (id int PRIMARY KEY, amount int);
CREATE RULE no_negative AS ON INSERT TO entry WHERE NEW.amount < 0 DO INSTEAD NOTHING;
COMMENT ON RULE no_negative ON entry IS 'silently ignore';
