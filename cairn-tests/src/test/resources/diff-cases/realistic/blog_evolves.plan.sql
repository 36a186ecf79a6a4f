-- Golden plans of realistic/blog_evolves.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop trigger post_touch on public.post
DROP TRIGGER post_touch ON public.post;

-- Create enum public.comment_state
CREATE TYPE public.comment_state AS ENUM ('pending', 'approved', 'spam');

-- Add column public.comment.state
ALTER TABLE public.comment ADD COLUMN state public.comment_state DEFAULT 'pending'::public.comment_state NOT NULL;

-- Add column public.tag.colour
ALTER TABLE public.tag ADD COLUMN colour character(7);

-- Add check constraint tag_colour_check on public.tag [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.tag ADD CONSTRAINT tag_colour_check CHECK ((colour ~ '^#[0-9a-f]{6}$'::text));

-- Create trigger post_touch on public.post
CREATE TRIGGER post_touch BEFORE INSERT OR UPDATE ON public.post FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- Enable trigger post_touch on public.post
ALTER TABLE public.post ENABLE TRIGGER post_touch;
-- @reverse
-- warning: DATA_LOSS public.comment.state: column is dropped with its values
-- warning: DATA_LOSS public.tag.colour: column is dropped with its values
-- Drop trigger post_touch on public.post
DROP TRIGGER post_touch ON public.post;

-- Drop check constraint tag_colour_check on public.tag
ALTER TABLE public.tag DROP CONSTRAINT tag_colour_check;

-- Drop column public.comment.state [DATA LOSS]
ALTER TABLE public.comment DROP COLUMN state;

-- Drop column public.tag.colour [DATA LOSS]
ALTER TABLE public.tag DROP COLUMN colour;

-- Create trigger post_touch on public.post
CREATE TRIGGER post_touch BEFORE UPDATE ON public.post FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- Enable trigger post_touch on public.post
ALTER TABLE public.post ENABLE TRIGGER post_touch;

-- Drop enum public.comment_state
DROP TYPE public.comment_state;
