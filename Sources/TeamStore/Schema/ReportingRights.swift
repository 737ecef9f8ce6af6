/// Who may report on what, kept as a table (schema version 6): `plandash.reporting_right`
/// holds a row (login, item) for every item a unit's login may report on — the measures
/// naming its unit as 牵头 or 责任 (in its region, where bound to one), the targets those
/// measures are tied to and their comparator series (`<target>.comparator`): the rights of
/// `TeamRights`, worked out once when they change instead of at every report. A trigger on
/// the three tables they come from (`member`, `measure_unit`, `measure_target`) works them out
/// again after every statement that changes one (a grant, a revocation, a publication), in
/// that statement's transaction, so the table never says other than they do (a grant or a
/// revocation works out only its login's rows). A report's
/// policy then looks up one row by its key (docs/benchmarks.md, issue 13: a third of a
/// report's server time went to the joins of `TeamRights` at every report).
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
    ON CONFLICT DO NOTHING
    """
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
    -- Worked out again whole, one statement at a time (the lock: two grants at once wait for
    -- each other rather than write the same rows).
    CREATE FUNCTION plandash.refresh_reporting_rights() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        LOCK TABLE plandash.reporting_right IN EXCLUSIVE MODE;
        DELETE FROM plandash.reporting_right;
        INSERT INTO plandash.reporting_right (login, item_id) \(rightsSQL());
        RETURN NULL;
      END
    $$;
    -- One login's rows, for a grant or a revocation (a row of `member`).
    CREATE FUNCTION plandash.refresh_login_rights() RETURNS trigger LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          DELETE FROM plandash.reporting_right WHERE login = OLD.login;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO plandash.reporting_right (login, item_id)
            \(rightsSQL(only: "m.login = NEW.login"));
        END IF;
        RETURN NULL;
      END
    $$;
    REVOKE ALL ON FUNCTION plandash.refresh_reporting_rights() FROM PUBLIC;
    REVOKE ALL ON FUNCTION plandash.refresh_login_rights() FROM PUBLIC;
    CREATE TRIGGER reporting_rights AFTER INSERT OR UPDATE OR DELETE ON plandash.member
      FOR EACH ROW EXECUTE FUNCTION plandash.refresh_login_rights();
    CREATE TRIGGER reporting_rights_truncate AFTER TRUNCATE ON plandash.member
      FOR EACH STATEMENT EXECUTE FUNCTION plandash.refresh_reporting_rights();
    \(planSources.map(triggerSQL).joined(separator: "\n"))
    INSERT INTO plandash.reporting_right (login, item_id) \(rightsSQL());

    """
  }

  private static func triggerSQL(_ table: String) -> String {
    """
    CREATE TRIGGER reporting_rights AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
      ON plandash.\(table) FOR EACH STATEMENT
      EXECUTE FUNCTION plandash.refresh_reporting_rights();
    """
  }
}
