-- Every service process caches the sessions it looked up for a few seconds
-- (src/auth/session-cache.ts). A change to a session or to its account, by any process (another
-- service process on the same PostgreSQL, a command-line tool), must end what they cached:
-- - session_revision.n grows by one in every transaction that changes a session or an account,
--   as it commits: a process on a PostgreSQL server reads it before it trusts a cached session;
-- - and the change is announced on the channel sw_session ('s:<token hash>' or 'a:<account id>'),
--   which the embedded database (one process) delivers before the statement returns.
-- The counter is raised by a deferred trigger, at commit, after every other lock the
-- transaction takes (no deadlock between two transactions that change several accounts).
-- (Source of the custom migration drizzle/*_session_notify.sql: after a migration merge,
-- regenerate with `npx drizzle-kit generate --custom --name session_notify` and paste this file into it.)
CREATE TABLE session_revision (id integer PRIMARY KEY CHECK (id = 1), n bigint NOT NULL);
--> statement-breakpoint
INSERT INTO session_revision (id, n) VALUES (1, 0);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION sw_session_changed() RETURNS trigger AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('sw_session', 's:' || OLD.token_hash);
  ELSE
    PERFORM pg_notify('sw_session', 'a:' || OLD.id);
  END IF;
  UPDATE session_revision SET n = n + 1 WHERE id = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER sessions_changed AFTER UPDATE OR DELETE ON sessions DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sw_session_changed();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER accounts_changed AFTER UPDATE OR DELETE ON accounts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sw_session_changed();
