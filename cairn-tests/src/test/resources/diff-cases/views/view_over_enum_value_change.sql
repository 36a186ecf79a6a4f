-- A view reads an enum column; the enum loses a label (type recreated).
-- @from
CREATE TYPE status AS ENUM ('new', 'open', 'closed');
CREATE TABLE ticket (id integer PRIMARY KEY, st status);
CREATE VIEW open_tickets AS SELECT id FROM ticket WHERE st = 'open';
-- @to
CREATE TYPE status AS ENUM ('open', 'closed');
CREATE TABLE ticket (id integer PRIMARY KEY, st status);
CREATE VIEW open_tickets AS SELECT id FROM ticket WHERE st = 'open';
