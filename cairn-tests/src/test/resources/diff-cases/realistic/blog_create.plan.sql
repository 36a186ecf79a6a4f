-- Golden plans of realistic/blog_create.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create sequence public.author_id_seq
CREATE SEQUENCE public.author_id_seq AS integer;

-- Create sequence public.comment_id_seq
CREATE SEQUENCE public.comment_id_seq;

-- Create sequence public.post_id_seq
CREATE SEQUENCE public.post_id_seq;

-- Create function public.touch_updated_at()
CREATE OR REPLACE FUNCTION public.touch_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;

-- Create table public.author
CREATE TABLE public.author (
    id integer DEFAULT nextval('public.author_id_seq'::regclass) NOT NULL,
    handle character varying(40) NOT NULL,
    bio text,
    CONSTRAINT author_handle_key UNIQUE (handle),
    CONSTRAINT author_pkey PRIMARY KEY (id)
);

-- Create table public.comment
CREATE TABLE public.comment (
    id bigint DEFAULT nextval('public.comment_id_seq'::regclass) NOT NULL,
    post_id bigint NOT NULL,
    parent_id bigint,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT comment_body_check CHECK (((length(body) >= 1) AND (length(body) <= 10000))),
    CONSTRAINT comment_pkey PRIMARY KEY (id)
);

-- Create table public.post
CREATE TABLE public.post (
    id bigint DEFAULT nextval('public.post_id_seq'::regclass) NOT NULL,
    author_id integer NOT NULL,
    title text NOT NULL,
    body text DEFAULT ''::text NOT NULL,
    published_at timestamp with time zone,
    search tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, ((title || ' '::text) || body))) STORED,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT post_pkey PRIMARY KEY (id)
);

-- Create table public.post_tag
CREATE TABLE public.post_tag (
    post_id bigint NOT NULL,
    tag text NOT NULL,
    CONSTRAINT post_tag_pkey PRIMARY KEY (post_id, tag)
);

-- Create table public.tag
CREATE TABLE public.tag (
    name text NOT NULL,
    CONSTRAINT tag_pkey PRIMARY KEY (name)
);

-- Create view public.published_post
CREATE VIEW public.published_post AS
SELECT p.id,
    a.handle,
    p.title,
    p.published_at
   FROM public.post p
     JOIN public.author a ON a.id = p.author_id
  WHERE p.published_at IS NOT NULL;

-- Create index public.post_published_idx on public.post
CREATE INDEX post_published_idx ON public.post USING btree (published_at DESC) WHERE (published_at IS NOT NULL);

-- Create index public.post_search_idx on public.post
CREATE INDEX post_search_idx ON public.post USING gin (search);

-- Add foreign key comment_parent_id_fkey on public.comment
ALTER TABLE public.comment ADD CONSTRAINT comment_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.comment(id) ON DELETE CASCADE;

-- Add foreign key comment_post_id_fkey on public.comment
ALTER TABLE public.comment ADD CONSTRAINT comment_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.post(id) ON DELETE CASCADE;

-- Add foreign key post_author_id_fkey on public.post
ALTER TABLE public.post ADD CONSTRAINT post_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.author(id);

-- Add foreign key post_tag_post_id_fkey on public.post_tag
ALTER TABLE public.post_tag ADD CONSTRAINT post_tag_post_id_fkey FOREIGN KEY (post_id) REFERENCES public.post(id) ON DELETE CASCADE;

-- Add foreign key post_tag_tag_fkey on public.post_tag
ALTER TABLE public.post_tag ADD CONSTRAINT post_tag_tag_fkey FOREIGN KEY (tag) REFERENCES public.tag(name) ON UPDATE CASCADE;

-- Create trigger post_touch on public.post
CREATE TRIGGER post_touch BEFORE UPDATE ON public.post FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- Enable trigger post_touch on public.post
ALTER TABLE public.post ENABLE TRIGGER post_touch;

-- Attach sequence public.author_id_seq to column author.id
ALTER SEQUENCE public.author_id_seq OWNED BY public.author.id;

-- Attach sequence public.comment_id_seq to column comment.id
ALTER SEQUENCE public.comment_id_seq OWNED BY public.comment.id;

-- Attach sequence public.post_id_seq to column post.id
ALTER SEQUENCE public.post_id_seq OWNED BY public.post.id;
-- @reverse
-- warning: DATA_LOSS public.author: table is dropped with all its rows
-- warning: DATA_LOSS public.comment: table is dropped with all its rows
-- warning: DATA_LOSS public.post: table is dropped with all its rows
-- warning: DATA_LOSS public.post_tag: table is dropped with all its rows
-- warning: DATA_LOSS public.tag: table is dropped with all its rows
-- Drop view public.published_post
DROP VIEW public.published_post;

-- Drop foreign key comment_post_id_fkey on public.comment
ALTER TABLE public.comment DROP CONSTRAINT comment_post_id_fkey;

-- Drop foreign key post_author_id_fkey on public.post
ALTER TABLE public.post DROP CONSTRAINT post_author_id_fkey;

-- Drop foreign key post_tag_post_id_fkey on public.post_tag
ALTER TABLE public.post_tag DROP CONSTRAINT post_tag_post_id_fkey;

-- Drop foreign key post_tag_tag_fkey on public.post_tag
ALTER TABLE public.post_tag DROP CONSTRAINT post_tag_tag_fkey;

-- Drop table public.author [DATA LOSS]
DROP TABLE public.author;

-- Drop table public.comment [DATA LOSS]
DROP TABLE public.comment;

-- Drop table public.post [DATA LOSS]
DROP TABLE public.post;

-- Drop function public.touch_updated_at()
DROP FUNCTION public.touch_updated_at();

-- Drop table public.post_tag [DATA LOSS]
DROP TABLE public.post_tag;

-- Drop table public.tag [DATA LOSS]
DROP TABLE public.tag;

-- Drop sequence public.author_id_seq (if its owning column did not take it along)
DROP SEQUENCE IF EXISTS public.author_id_seq;

-- Drop sequence public.comment_id_seq (if its owning column did not take it along)
DROP SEQUENCE IF EXISTS public.comment_id_seq;

-- Drop sequence public.post_id_seq (if its owning column did not take it along)
DROP SEQUENCE IF EXISTS public.post_id_seq;
