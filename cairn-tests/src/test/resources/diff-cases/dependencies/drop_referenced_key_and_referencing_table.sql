-- The referenced key column goes away together with the referencing table (found by mutating Spring Session's schema): the referencing table (or its FK) must go before the primary key.
-- @expect-revert-warning column-order
-- @from
CREATE TABLE spring_session (primary_id char(36) NOT NULL, session_id char(36) NOT NULL, CONSTRAINT spring_session_pk PRIMARY KEY (primary_id));
CREATE TABLE spring_session_attributes (session_primary_id char(36) NOT NULL, attribute_name varchar(200) NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE);
-- @to
CREATE TABLE spring_session (session_id char(36) NOT NULL);
