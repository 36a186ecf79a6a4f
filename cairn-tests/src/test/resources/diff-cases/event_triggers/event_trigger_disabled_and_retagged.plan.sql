-- Golden plans of event_triggers/event_trigger_disabled_and_retagged.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop event trigger b_note
DROP EVENT TRIGGER b_note;

-- Set state of event trigger a_note to disabled
ALTER EVENT TRIGGER a_note DISABLE;

-- Create event trigger b_note
CREATE EVENT TRIGGER b_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE', 'DROP TABLE') EXECUTE FUNCTION public.note_ddl();

-- Set state of event trigger c_note to enabled always
ALTER EVENT TRIGGER c_note ENABLE ALWAYS;
-- @reverse
-- Drop event trigger b_note
DROP EVENT TRIGGER b_note;

-- Set state of event trigger a_note to enabled
ALTER EVENT TRIGGER a_note ENABLE;

-- Create event trigger b_note
CREATE EVENT TRIGGER b_note ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION public.note_ddl();

-- Set state of event trigger c_note to enabled
ALTER EVENT TRIGGER c_note ENABLE;
