-- Three levels and two parents, created from nothing: each after its parents, with INHERITS in parent order.
-- @from
-- @to
CREATE TABLE item (id integer NOT NULL, name text DEFAULT 'a');
CREATE TABLE tagged (tag text, CONSTRAINT tagged_tag_check CHECK (tag <> ''));
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE ebook (url text) INHERITS (book);
CREATE TABLE a_tagged_book (extra int) INHERITS (book, tagged);
CREATE TABLE plain_book () INHERITS (book);
