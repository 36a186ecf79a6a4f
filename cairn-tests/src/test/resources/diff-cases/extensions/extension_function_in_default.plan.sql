-- Golden plans of extensions/extension_function_in_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension pgcrypto
CREATE EXTENSION pgcrypto SCHEMA public;

-- Add column public.t.secret
ALTER TABLE public.t ADD COLUMN secret text DEFAULT encode(public.gen_random_bytes(8), 'hex'::text);

-- Comment on extension pgcrypto
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';
-- @reverse
-- warning: DATA_LOSS public.t.secret: column is dropped with its values
-- Drop column public.t.secret [DATA LOSS]
ALTER TABLE public.t DROP COLUMN secret;

-- Drop extension pgcrypto
DROP EXTENSION pgcrypto;
