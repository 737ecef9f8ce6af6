/// Who may write `plandash.entry` (schema version 5), and how. A unit's login and the office
/// append rows, naming only the record, its change number and its new value: the operation
/// number, the author, the time and the review are the server's (column privileges, so no
/// trigger runs on a report). One policy checks each row appended: the caller may report on
/// the item (`TeamRights`), and the row follows the record's newest change (its number one
/// more), so that no report can land behind another. A unit may mark only its own
/// operations undone; the office marks any and reviews (the reviewer and time stamped by a
/// trigger on update). Nobody but the owner deletes or truncates.
enum EntryRights {
  /// The row appended follows the record's row numbered one less (or is its first).
  static let follows = """
    (seq = 1 OR EXISTS (SELECT 1 FROM plandash.entry p WHERE p.record = entry.record
      AND p.item_id = entry.item_id AND p.year = entry.year AND p.seq = entry.seq - 1))
    """

  /// The columns a report names.
  static let reportColumns =
    "what, record, item_id, year, seq, present, status, value, note, replaced"

  static var sql: String {
    """
    REVOKE ALL ON plandash.entry FROM PUBLIC;
    REVOKE ALL ON SEQUENCE plandash.operation_number FROM PUBLIC;
    GRANT SELECT ON plandash.entry TO \(TeamPolicies.readers);
    GRANT INSERT (\(reportColumns)) ON plandash.entry TO \(TeamPolicies.writers);
    GRANT USAGE ON SEQUENCE plandash.operation_number TO \(TeamPolicies.writers);
    GRANT UPDATE (undone) ON plandash.entry TO plandash_unit;
    GRANT UPDATE (undone, review, review_note) ON plandash.entry TO plandash_office;
    ALTER TABLE plandash.entry ENABLE ROW LEVEL SECURITY;
    ALTER TABLE plandash.entry FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON plandash.entry TO plandash_owner USING (true) WITH CHECK (true);
    CREATE POLICY read ON plandash.entry FOR SELECT TO \(TeamPolicies.readers) USING (true);
    CREATE POLICY report ON plandash.entry FOR INSERT TO \(TeamPolicies.writers)
      WITH CHECK (\(TeamRights.mayReport("entry.item_id")) AND \(follows));
    CREATE POLICY unit_undo ON plandash.entry FOR UPDATE TO plandash_unit
      USING (by = current_user) WITH CHECK (by = current_user);
    CREATE POLICY office_update ON plandash.entry FOR UPDATE TO plandash_office
      USING (true) WITH CHECK (true);
    CREATE OR REPLACE FUNCTION plandash.stamp_review() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog AS $$
      BEGIN
        IF NEW.review IS DISTINCT FROM OLD.review
            OR NEW.review_note IS DISTINCT FROM OLD.review_note THEN
          NEW.reviewed_by := current_user;
          NEW.reviewed_at := now();
        END IF;
        RETURN NEW;
      END
    $$;
    CREATE OR REPLACE FUNCTION plandash.notify_progress() RETURNS trigger LANGUAGE plpgsql
      SET search_path = pg_catalog AS $$
      BEGIN
        PERFORM pg_notify('\(TeamSchema.channel)', NEW.operation::text);
        RETURN NULL;
      END
    $$;
    CREATE TRIGGER stamp BEFORE UPDATE ON plandash.entry
      FOR EACH ROW EXECUTE FUNCTION plandash.stamp_review();
    CREATE TRIGGER notify AFTER UPDATE ON plandash.entry
      FOR EACH ROW EXECUTE FUNCTION plandash.notify_progress();

    """
  }
}
