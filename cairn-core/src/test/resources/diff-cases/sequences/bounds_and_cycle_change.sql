-- MINVALUE/MAXVALUE/CYCLE change.
-- @known-failure ALTER SEQUENCE ... MINVALUE 10 fails because the current value (1) is below it: the plan needs RESTART (or the start value)
-- @from
CREATE SEQUENCE s;
-- @to
CREATE SEQUENCE s MINVALUE 10 MAXVALUE 999 START 10 CYCLE;
