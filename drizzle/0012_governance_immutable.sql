-- Published protocol versions are immutable: the only change allowed is in_force → superseded
-- (when the next version is published); a published version is never deleted. Recorded (G)MR
-- decisions are never changed or deleted either. (Source of the custom migration
-- drizzle/*_governance_immutable.sql: after a migration merge, regenerate with
-- `npx drizzle-kit generate --custom --name governance_immutable` and paste this file into it.)
CREATE OR REPLACE FUNCTION protocol_version_guard() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'draft' THEN
      RAISE EXCEPTION 'protocol version % is published and cannot be deleted', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'draft' THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'in_force' AND NEW.status = 'superseded'
     AND NEW.id = OLD.id AND NEW.school_id = OLD.school_id AND NEW.number = OLD.number
     AND NEW.articles = OLD.articles AND NEW.params = OLD.params AND NEW.rule_fingerprints = OLD.rule_fingerprints
     AND NEW.summary = OLD.summary AND NEW.content_hash = OLD.content_hash
     AND NEW.approval_date IS NOT DISTINCT FROM OLD.approval_date
     AND NEW.published_at IS NOT DISTINCT FROM OLD.published_at
     AND NEW.published_by IS NOT DISTINCT FROM OLD.published_by THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'protocol version % is published and cannot be changed', OLD.id USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER protocol_versions_immutable BEFORE UPDATE OR DELETE ON protocol_versions
  FOR EACH ROW EXECUTE FUNCTION protocol_version_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION protocol_record_guard() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are never changed or deleted', TG_TABLE_NAME USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER protocol_approvals_immutable BEFORE UPDATE OR DELETE ON protocol_approvals
  FOR EACH ROW EXECUTE FUNCTION protocol_record_guard();
