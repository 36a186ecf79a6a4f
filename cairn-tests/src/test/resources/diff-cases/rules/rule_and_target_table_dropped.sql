-- A rule writing into an audit table goes with the audit table: the rule is dropped first.
-- @from
CREATE TABLE entry (id int PRIMARY KEY, amount int);
CREATE TABLE audit (id int, amount int);
CREATE RULE audit_delete AS ON DELETE TO entry DO ALSO INSERT INTO audit VALUES (OLD.id, OLD.amount);
-- @rows
INSERT INTO entry VALUES (1, 10);
-- @to
CREATE TABLE entry (id int PRIMARY KEY, amount int);
