-- The blog: comments get a status enum, tags get a colour, the trigger also fires on insert.
-- @from
CREATE TABLE author (
    id serial PRIMARY KEY,
    handle varchar(40) NOT NULL,
    bio text,
    CONSTRAINT author_handle_key UNIQUE (handle)
);
CREATE TABLE post (
    id bigserial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES author (id),
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    published_at timestamptz,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_search_idx ON post USING gin (search);
CREATE INDEX post_published_idx ON post (published_at DESC) WHERE published_at IS NOT NULL;
CREATE TABLE comment (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES comment (id) ON DELETE CASCADE,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE tag (name text PRIMARY KEY);
CREATE TABLE post_tag (
    post_id bigint REFERENCES post (id) ON DELETE CASCADE,
    tag text REFERENCES tag (name) ON UPDATE CASCADE,
    PRIMARY KEY (post_id, tag)
);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER post_touch BEFORE UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE VIEW published_post AS SELECT p.id, a.handle, p.title, p.published_at FROM post p JOIN author a ON a.id = p.author_id WHERE p.published_at IS NOT NULL;
-- @to
CREATE TYPE comment_state AS ENUM ('pending', 'approved', 'spam');

CREATE TABLE author (
    id serial PRIMARY KEY,
    handle varchar(40) NOT NULL,
    bio text,
    CONSTRAINT author_handle_key UNIQUE (handle)
);
CREATE TABLE post (
    id bigserial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES author (id),
    title text NOT NULL,
    body text NOT NULL DEFAULT '',
    published_at timestamptz,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || body)) STORED,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX post_search_idx ON post USING gin (search);
CREATE INDEX post_published_idx ON post (published_at DESC) WHERE published_at IS NOT NULL;
CREATE TABLE comment (
    id bigserial PRIMARY KEY,
    post_id bigint NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES comment (id) ON DELETE CASCADE,
    body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
    created_at timestamptz NOT NULL DEFAULT now(),
    state comment_state NOT NULL DEFAULT 'pending'
);
CREATE TABLE tag (name text PRIMARY KEY, colour char(7) CHECK (colour ~ '^#[0-9a-f]{6}$'));
CREATE TABLE post_tag (
    post_id bigint REFERENCES post (id) ON DELETE CASCADE,
    tag text REFERENCES tag (name) ON UPDATE CASCADE,
    PRIMARY KEY (post_id, tag)
);
CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
CREATE TRIGGER post_touch BEFORE INSERT OR UPDATE ON post FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE VIEW published_post AS SELECT p.id, a.handle, p.title, p.published_at FROM post p JOIN author a ON a.id = p.author_id WHERE p.published_at IS NOT NULL;
