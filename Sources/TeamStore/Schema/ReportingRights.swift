/// Who may report on what, kept as a table (schema version 6): `plandash.reporting_right`
/// holds a row (login, item) for every item a unit's login may report on — the measures
/// naming its unit as 牵头 or 责任 (in its region, where bound to one), the targets those
/// measures are tied to and their comparator series (`<target>.comparator`): the rights of
/// `TeamRights`, worked out once when they change instead of at every report. Triggers on
/// the three tables they come from (`member`, `measure_unit`, `measure_target`) work them out
/// again after every statement that changes one, in that statement's transaction: a grant
/// or a revocation its logins' rows, a publication the whole table. So the table never says
/// other than they do — at READ COMMITTED, where each statement reads what the others
/// committed (other levels are refused). A report's policy then looks up one row by its key
/// (docs/benchmarks.md, issue 13: the joins of `TeamRights` were set up at every report).
enum ReportingRights {
  /// Whether `login` (an SQL expression of type name; the caller unless given) may report on
  /// `item` (an SQL expression of type text): the office on anything, a unit where the table
  /// says so.
  static func mayReport(_ item: String, login: String = "current_user") -> String {
    """
    (pg_catalog.pg_has_role(\(login), 'plandash_office', 'MEMBER') OR EXISTS (
        SELECT 1 FROM plandash.reporting_right granted
        WHERE granted.login = \(login) AND granted.item_id = \(item)))
    """
  }

  /// The tables of the published plans the rights come from (with `member`).
  static let planSources = ["measure_unit", "measure_target"]

  /// The unit logins' items, as `TeamRights` reads them: every login's, or those of the
  /// logins `only` (an SQL condition on `m`) says.
  static func rightsSQL(only: String = "true") -> String {
    """
    SELECT m.login, u.measure_id FROM plandash.member m
      JOIN plandash.measure_unit u ON u.unit = m.unit
    WHERE m.kind = 'unit' AND (m.region IS NULL OR u.region = m.region) AND \(only)
    UNION
    SELECT m.login, t.target_id || series.suffix FROM plandash.member m
      JOIN plandash.measure_unit u ON u.unit = m.unit
      JOIN plandash.measure_target t ON t.measure_id = u.measure_id
      CROSS JOIN (VALUES (''), ('.comparator')) AS series(suffix)
    WHERE m.kind = 'unit' AND (m.region IS NULL OR u.region = m.region) AND \(only)
    """
  }

  /// Adds the rights `rightsSQL(only:)` selects; a row already there stays (a refresh of
  /// the whole table may have written it first).
  static func insertRightsSQL(only: String = "true") -> String {
    "INSERT INTO plandash.reporting_right (login, item_id) \(rightsSQL(only: only))\nON CONFLICT DO NOTHING"
  }

  static var sql: String {
    """
    CREATE TABLE plandash.reporting_right (
      login name NOT NULL,
      item_id text NOT NULL,
      PRIMARY KEY (login, item_id)
    );
    REVOKE ALL ON plandash.reporting_right FROM PUBLIC;
    GRANT SELECT ON plandash.reporting_right TO \(TeamPolicies.readers);
    ALTER TABLE plandash.reporting_right ENABLE ROW LEVEL SECURITY;
    ALTER TABLE plandash.reporting_right FORCE ROW LEVEL SECURITY;
    CREATE POLICY owner_all ON plandash.reporting_right TO plandash_owner
      USING (true) WITH CHECK (true);
    CREATE POLICY read ON plandash.reporting_right FOR SELECT TO \(TeamPolicies.readers)
      USING (true);
    -- Worked out again whole after a statement that changes the published plans (the lock:
    -- two at once wait for each other, each then reading what the other committed).
    CREATE FUNCTION plandash.refresh_reporting_rights() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = \(TeamSchema.definerSearchPath) AS $$
      BEGIN
        \(readCommittedOnly)
        LOCK TABLE plandash.reporting_right IN EXCLUSIVE MODE;
        DELETE FROM plandash.reporting_right;
        \(insertRightsSQL());
        RETURN NULL;
      END
    $$;
    -- The rows of the logins a statement on `member` added, changed or removed (a grant, a
    -- revocation), from the statement's transition tables.
    CREATE FUNCTION plandash.refresh_login_rights() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = \(TeamSchema.definerSearchPath) AS $$
      BEGIN
        \(readCommittedOnly)
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM plandash.reporting_right WHERE login IN (SELECT login FROM old_members);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          DELETE FROM plandash.reporting_right WHERE login IN (SELECT login FROM new_members);
          \(insertRightsSQL(only: "m.login IN (SELECT login FROM new_members)"));
        END IF;
        RETURN NULL;
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.refresh_reporting_rights() FROM PUBLIC;
    REVOKE ALL ON FUNCTION plandash.refresh_login_rights() FROM PUBLIC;
    CREATE TRIGGER reporting_rights_insert AFTER INSERT ON plandash.member
      REFERENCING NEW TABLE AS new_members
      FOR EACH STATEMENT EXECUTE FUNCTION plandash.refresh_login_rights();
    CREATE TRIGGER reporting_rights_update AFTER UPDATE ON plandash.member
      REFERENCING OLD TABLE AS old_members NEW TABLE AS new_members
      FOR EACH STATEMENT EXECUTE FUNCTION plandash.refresh_login_rights();
    CREATE TRIGGER reporting_rights_delete AFTER DELETE ON plandash.member
      REFERENCING OLD TABLE AS old_members
      FOR EACH STATEMENT EXECUTE FUNCTION plandash.refresh_login_rights();
    CREATE TRIGGER reporting_rights_truncate AFTER TRUNCATE ON plandash.member
      FOR EACH STATEMENT EXECUTE FUNCTION plandash.refresh_reporting_rights();
    \(planSources.map(triggerSQL).joined(separator: "\n"))
    \(insertRightsSQL());

    """
  }

  /// The table is right only when every statement that changes its sources reads what the
  /// others committed before it: at REPEATABLE READ or SERIALIZABLE a grant or publication
  /// would work the rights out from an older snapshot and leave them stale. Such a
  /// transaction is refused (plandash's own run at READ COMMITTED: `TeamConnection`).
  static let readCommittedOnly = """
    IF pg_catalog.current_setting('transaction_isolation') <> 'read committed' THEN
      RAISE EXCEPTION 'plandash: members and plans are changed at READ COMMITTED only'
        USING ERRCODE = '25001';
    END IF;
    """

  private static func triggerSQL(_ table: String) -> String {
    """
    CREATE TRIGGER reporting_rights AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON plandash.\(table) FOR EACH STATEMENT
      EXECUTE FUNCTION plandash.refresh_reporting_rights();
    """
  }
}
