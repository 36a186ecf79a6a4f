-- A SQL-standard procedure body.
-- @from
CREATE TABLE log (msg text);
-- @to
CREATE TABLE log (msg text);
CREATE PROCEDURE note(m text) LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO log VALUES (m);
END;
